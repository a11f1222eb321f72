/** dist/feed.xml: Atom feed of the entries, most recently reviewed or changed first. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../content.ts';
import { atomFeed } from '../../lib/site-files.ts';
import { t } from '../../i18n/ui.ts';
import { everyLanguage } from '../../i18n/routes.ts';
import type { Locale } from '../../i18n/locales.ts';
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
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
