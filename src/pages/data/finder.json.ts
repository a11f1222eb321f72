/**
 * dist/data/finder.json: the compact records the cooperation finder (/finder/) searches in
 * the browser — per entry its name (and official names in other languages), kind, path, crime
 * areas, instruments and [country, role] pairs, and for an entry with no member list the regions
 * it works in. The full open data is data/catalogue.json.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../content.ts';
import { toFinderEntry } from '../../lib/finder.ts';
import { TRANSLATED_LOCALES } from '../../i18n/locales.ts';
import { currentTranslation } from '../../lib/pages/names.ts';

export const GET: APIRoute = async () => {
  const { entries } = await getCatalogue();
  const records = entries.map((entry) => {
    // Official names in the other languages, so the finder names entries in the page's language.
    const names = Object.fromEntries(
      TRANSLATED_LOCALES.flatMap((lang) => {
        const t = currentTranslation(entry, lang);
        return t?.name ? [[lang, { name: t.name, acronym: t.acronym }]] : [];
      }),
    );
    return toFinderEntry({ ...entry, names });
  });
  return new Response(JSON.stringify({ entries: records }), { headers: { 'Content-Type': 'application/json' } });
};
