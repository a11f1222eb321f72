/**
 * The options of a facet's filter, for one language: each value the facet can take with its
 * label and, where wanted, how many entries have it. Values come in the vocabulary's own order
 * (countries by name in the language). Used by the list pages, search, the finder and home.
 */
import type { FacetDefinition } from './facets.ts';
import type { Entry } from './model.ts';
import { VOCABULARIES } from '../schemas/vocabularies.ts';
import { countryName, labelOf } from '../i18n/labels.ts';
import { compareNames } from '../i18n/ui.ts';
import type { Locale } from '../i18n/locales.ts';

export interface FacetOption {
  value: string;
  label: string;
  count?: number | undefined;
}

export interface FacetGroup {
  param: string;
  legend: string;
  /** What the facet matches, when the legend alone could mislead. */
  help?: string | undefined;
  options: FacetOption[];
  /** Offer a box to narrow the options by typing (long lists). */
  long?: boolean | undefined;
}

export interface OptionsRequest {
  /** Entries whose values count and decide which values are in use. */
  entries: readonly Entry[];
  lang: Locale;
  /** Give each option its number of entries. */
  counts?: boolean;
  /** Leave out values no entry has (every country option is always one in use). */
  onlyUsed?: boolean;
  /** Country codes to offer for a country facet, instead of those of `entries`. */
  countries?: readonly string[];
}

export function facetOptions(facet: FacetDefinition, request: OptionsRequest): FacetOption[] {
  const { entries, lang } = request;
  // One pass over the entries counts every value (a facet's values of one entry are distinct).
  const counts = new Map<string, number>();
  for (const e of entries) for (const v of facet.values(e)) counts.set(v, (counts.get(v) ?? 0) + 1);
  const byName = compareNames(lang);
  const values =
    facet.vocabulary === 'countries'
      ? [...new Set(request.countries ?? counts.keys())]
          .map((code) => ({ value: code, label: countryName(code, lang) }))
          .sort((a, b) => byName(a.label, b.label))
      : [...VOCABULARIES[facet.vocabulary].keys()].map((value) => ({ value, label: labelOf(facet.vocabulary as never, value, lang) }));
  const counted = values.map((o) => ({ ...o, count: counts.get(o.value) ?? 0 }));
  return counted.filter((o) => !request.onlyUsed || o.count > 0).map((o) => (request.counts ? o : { value: o.value, label: o.label }));
}
