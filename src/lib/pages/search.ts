/** The search page's filters (the registry's search facets), for one language. */
import type { Catalogue } from '../build-catalogue.ts';
import { facetsOn } from '../facets.ts';
import { facetOptions, type FacetGroup } from '../facet-options.ts';
import { strings } from '../../i18n/ui.ts';
import type { Locale } from '../../i18n/locales.ts';
import { VOCABULARIES, type VocabularyName } from '../../schemas/vocabularies.ts';
import { SEARCH_TERMS } from '../../schemas/search-terms.ts';
import { COUNTRIES } from '../../data/countries.ts';
import { countryName, labelOf } from '../../i18n/labels.ts';

export function searchFilters(catalogue: Catalogue, lang: Locale): FacetGroup[] {
  const s = strings(lang);
  return facetsOn('search').map((f) => ({
    param: f.param,
    legend: s[f.legend],
    help: f.help && s[f.help],
    long: f.long,
    // Every kind is offered; other values only when some entry has them. The counts are the
    // whole catalogue's; the page's script replaces them with those of the current search.
    options: facetOptions(f, { entries: catalogue.entries, lang, counts: true, onlyUsed: f.vocabulary !== 'kinds' }),
  }));
}

/** The finder's optional filters (the registry's finder facets) and the countries it offers. */
export function finderFilters(catalogue: Catalogue, lang: Locale): FacetGroup[] {
  const s = strings(lang);
  const legends: Partial<Record<string, string>> = { crime: s['finder.crime'], instrument: s['finder.instrument'] };
  return facetsOn('finder').map((f) => ({
    param: f.param,
    legend: legends[f.param] ?? s[f.legend],
    options: facetOptions(f, { entries: catalogue.entries, lang, onlyUsed: true }),
  }));
}

/**
 * The words a "did you mean" may offer on the search page, besides the entries' names (which it
 * reads from the search index): every vocabulary label and search term of the language.
 */
export function searchWords(lang: Locale): string {
  const words = new Set<string>();
  const add = (text: string) => {
    for (const w of text.split(/[^\p{L}\p{N}]+/u)) if (w.length >= 3) words.add(w.toLowerCase());
  };
  for (const name of Object.keys(VOCABULARIES) as VocabularyName[])
    for (const key of VOCABULARIES[name].keys()) add(labelOf(name, key, lang));
  for (const t of SEARCH_TERMS[lang] ?? []) [...t.terms, t.means].forEach(add);
  for (const code of COUNTRIES.keys()) add(countryName(code, lang));
  return [...words].sort().join(' ');
}
