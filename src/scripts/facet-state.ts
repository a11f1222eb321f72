/**
 * Faceted browsing of a list page, kept apart from the DOM so it can be tested: OR within a
 * facet, AND across facets; country and role together mean "a selected country in a selected
 * role". Counts per value are those a reader would get by adding that value.
 */
export const LIST_FACETS = ['region', 'crime', 'instrument', 'country', 'role', 'status', 'cdpc'] as const;
export type ListFacet = (typeof LIST_FACETS)[number];
export type Selection = Partial<Record<ListFacet, string[]>>;

export interface FacetItem {
  id: string;
  region: string[];
  crime: string[];
  instrument: string[];
  status: string[];
  cdpc: string[];
  /** [country code, role] pairs. */
  members: Array<[string, string]>;
}

export function selectionFromParams(params: URLSearchParams): Selection {
  const selection: Selection = {};
  for (const facet of LIST_FACETS) {
    const values = [...new Set(params.getAll(facet).filter(Boolean))];
    if (values.length) selection[facet] = values;
  }
  return selection;
}

export function paramsFromSelection(selection: Selection): URLSearchParams {
  const params = new URLSearchParams();
  for (const facet of LIST_FACETS) for (const v of selection[facet] ?? []) params.append(facet, v);
  return params;
}

const any = (values: string[], chosen: string[] | undefined) => !chosen?.length || values.some((v) => chosen.includes(v));

export function matches(item: FacetItem, s: Selection): boolean {
  const membership =
    !s.country?.length && !s.role?.length
      ? true
      : item.members.some(([c, r]) => (!s.country?.length || s.country.includes(c)) && (!s.role?.length || s.role.includes(r)));
  return membership && any(item.region, s.region) && any(item.crime, s.crime) && any(item.instrument, s.instrument) && any(item.status, s.status) && any(item.cdpc, s.cdpc);
}

/** How many items would match if `value` were the only value chosen in `facet`, the other facets kept. */
export function countFor(items: FacetItem[], s: Selection, facet: ListFacet, value: string): number {
  const trial: Selection = { ...s, [facet]: [value] };
  return items.filter((item) => matches(item, trial)).length;
}
