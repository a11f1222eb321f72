/** dist/feed.xml: Atom feed of the entries, most recently reviewed or changed first. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../content.ts';
import { atomFeed } from '../../lib/site-files.ts';
import { t } from '../../i18n/ui.ts';
import { everyLanguage } from '../../i18n/routes.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../../i18n/locales.ts';
import { currentTranslation, localName } from '../../lib/pages/names.ts';
import { absolute, paths } from '../../lib/urls.ts';

export function getStaticPaths() {
  return everyLanguage();
}

export const GET: APIRoute = async ({ props }) => {
  const { lang } = props as { lang: Locale };
  const { entries } = await getCatalogue();
  const xml = atomFeed(entries, {
    title: t('feed.title', lang),
    home: absolute(paths.home(lang)),
    self: absolute(paths.feed(lang)),
    author: t('site.name', lang),
    url: (e) => absolute(paths.entry(e.kind, e.id, lang)),
    lang: LOCALES[lang].lang,
    // Each entry in the feed's language where it has a current translation, in English otherwise.
    text: (e) => {
      const name = localName(e, lang);
      const translation = currentTranslation(e, lang);
      return {
        title: name.acronym ? `${name.text} (${name.acronym})` : name.text,
        summary: translation?.summary ?? e.summary,
        lang: LOCALES[translation ? lang : DEFAULT_LOCALE].lang,
      };
    },
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
