/** The search page's filters (the registry's search facets), for one language. */
import type { Catalogue } from '../build-catalogue.ts';
import { facetsOn } from '../facets.ts';
import { facetOptions, type FacetGroup } from '../facet-options.ts';
import { strings } from '../../i18n/ui.ts';
import type { Locale } from '../../i18n/locales.ts';

export function searchFilters(catalogue: Catalogue, lang: Locale): FacetGroup[] {
  const s = strings(lang);
  return facetsOn('search').map((f) => ({
    param: f.param,
    legend: s[f.legend],
    // Every kind is offered; other values only when some entry has them.
    options: facetOptions(f, { entries: catalogue.entries, lang, onlyUsed: f.vocabulary !== 'kinds' }),
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
