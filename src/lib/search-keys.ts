/**
 * The names an entry answers to in search, and the one way a typed query and a name are
 * compared. The server writes every name of an entry as a value of the search index's `name`
 * filter (src/lib/pages/entry.ts); the search page reads those values back from Pagefind and
 * puts the entries whose name the query is, once normalised, before every other result
 * (src/client/search.ts). So "Eurojust" finds Eurojust first, "EJN" the European Judicial
 * Network, and "réseau judiciaire européen" the same entry on the French site.
 */
import type { Entry } from './model.ts';
import type { Locale } from '../i18n/locales.ts';
import { localName } from './pages/names.ts';

/**
 * A name as a reader might type it: letters without accents, lower case, punctuation as space,
 * spaces collapsed, a leading article dropped ("The Hague Process" and "hague process" match).
 */
export function normaliseName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^(the|le|la|les|l) /, '');
}

/**
 * Every name of an entry a reader may search for on a page in `lang`, as written: its name in
 * that language, the English name, acronyms, alternative and later names and the unofficial
 * rendering. Duplicates after normalisation are dropped; the first spelling is kept.
 */
export function nameKeys(
  entry: Pick<Entry, 'name' | 'acronym' | 'alternativeNames' | 'laterNames' | 'translations'>,
  lang: Locale,
): string[] {
  const local = localName(entry, lang);
  const translation = entry.translations[lang];
  const names = [
    local.text,
    entry.name,
    local.acronym,
    entry.acronym,
    ...entry.alternativeNames,
    ...entry.laterNames.map((n) => n.name),
    local.rendering,
    translation?.current ? translation.descriptiveName : undefined,
  ];
  const seen = new Set<string>();
  const keys: string[] = [];
  for (const name of names) {
    if (!name) continue;
    const key = normaliseName(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    keys.push(name);
  }
  return keys;
}
