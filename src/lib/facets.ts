/**
 * The facets of the catalogue, each defined once: its URL parameter (also the Pagefind filter
 * name and the list pages' data attribute), the vocabulary its values come from, how to read an
 * entry's values, its legend, and where it appears. The list pages, the search page and its
 * index, the finder, the home page and the exports all read this registry; adding a facet is
 * adding a record (and a legend string). No labels here, so browser scripts can import it.
 */
import type { UiKey } from '../i18n/ui.ts';
import type { VocabularyName } from '../schemas/vocabularies.ts';

/** The parts of an entry a facet reads (an Entry of src/lib/model.ts has them all). */
export interface FacetSource {
  kind: string;
  regions: readonly string[];
  /** The regions listed and those the members lie in (src/data/regions.ts). */
  regionsCovered: readonly string[];
  crimeAreas: readonly string[];
  instruments: readonly string[];
  status: string;
  cdpcSection?: string | undefined;
  members: ReadonlyArray<{ country: string; role: string }>;
  /** The members' country codes, each once. */
  countries: readonly string[];
}

export interface FacetDefinition {
  /** URL parameter, Pagefind filter name and list-page data attribute. @example "crime" */
  param: string;
  /** Where the values and their labels come from: a closed vocabulary, or the country registry. */
  vocabulary: VocabularyName | 'countries';
  /** The entry field it reads, as named in the open data. @example "crimeAreas" */
  field: string;
  values: (entry: FacetSource) => string[];
  /** The legend of its filter. */
  legend: UiKey;
  /** A line under the legend saying what the facet matches, where the legend alone could mislead. */
  help?: UiKey;
  /**
   * Facets matched on the same member: "country" and "role" together mean "a chosen country in a
   * chosen role" on list pages.
   */
  member?: 'country' | 'role';
  /** Where the facet is offered. */
  on: { list?: boolean; search?: boolean; finder?: boolean; home?: boolean };
  /** A long list of values (countries): its filter gets a box to narrow it by typing. */
  long?: boolean;
}

const unique = (values: string[]) => [...new Set(values)];

export const FACETS = [
  { param: 'kind', vocabulary: 'kinds', field: 'kind', values: (e) => [e.kind], legend: 'search.filter.kind', on: { search: true } },
  {
    param: 'region',
    vocabulary: 'regions',
    field: 'regions',
    values: (e) => [...e.regionsCovered],
    legend: 'search.filter.region',
    help: 'search.filter.regionHelp',
    on: { list: true, search: true, home: true },
  },
  {
    param: 'crime',
    vocabulary: 'crimeAreas',
    field: 'crimeAreas',
    values: (e) => [...e.crimeAreas],
    legend: 'search.filter.crime',
    on: { list: true, search: true, finder: true, home: true },
  },
  {
    param: 'instrument',
    vocabulary: 'instruments',
    field: 'instruments',
    values: (e) => [...e.instruments],
    legend: 'entry.instruments',
    on: { list: true, finder: true },
  },
  {
    param: 'country',
    vocabulary: 'countries',
    field: 'members',
    values: (e) => [...e.countries],
    legend: 'search.filter.country',
    member: 'country',
    long: true,
    on: { list: true, search: true },
  },
  {
    param: 'role',
    vocabulary: 'memberRoles',
    field: 'members',
    values: (e) => unique(e.members.map((m) => m.role)),
    legend: 'list.role',
    member: 'role',
    on: { list: true },
  },
  { param: 'status', vocabulary: 'statuses', field: 'status', values: (e) => [e.status], legend: 'entry.status', on: { list: true } },
  {
    param: 'cdpc',
    vocabulary: 'cdpcSections',
    field: 'cdpcSection',
    values: (e) => (e.cdpcSection ? [e.cdpcSection] : []),
    legend: 'entry.cdpcSection',
    on: { list: true },
  },
] as const satisfies readonly FacetDefinition[];

export type Facets = readonly FacetDefinition[];
export const facetsOn = (where: keyof FacetDefinition['on'], registry: Facets = FACETS) => registry.filter((f) => f.on[where]);
