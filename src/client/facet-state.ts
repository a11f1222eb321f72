/**
 * Faceted browsing of a list page, kept apart from the DOM so it can be tested: OR within a
 * facet, AND across facets; the member facets (country and role) together mean "a chosen country
 * in a chosen role". Counts per value are those a reader would get by adding that value. The
 * facets are the list facets of the registry (src/lib/facets.ts).
 */
import { facetsOn, type Facets } from '../lib/facets.ts';

/** Chosen values by facet parameter. */
export type Selection = Partial<Record<string, string[]>>;

export interface FacetItem {
  id: string;
  /** Values by facet parameter, for the facets not matched on members. */
  values: Partial<Record<string, string[]>>;
  /** [country code, role] pairs. */
  members: Array<[string, string]>;
}

export const listFacets = (registry?: Facets) => facetsOn('list', registry);

export function selectionFromParams(params: URLSearchParams, registry?: Facets): Selection {
  const selection: Selection = {};
  for (const { param } of listFacets(registry)) {
    const values = [...new Set(params.getAll(param).filter(Boolean))];
    if (values.length) selection[param] = values;
  }
  return selection;
}

export function paramsFromSelection(selection: Selection, registry?: Facets): URLSearchParams {
  const params = new URLSearchParams();
  for (const { param } of listFacets(registry)) for (const v of selection[param] ?? []) params.append(param, v);
  return params;
}

const any = (values: string[] | undefined, chosen: string[] | undefined) =>
  !chosen?.length || (values ?? []).some((v) => chosen.includes(v));

export function matches(item: FacetItem, s: Selection, registry?: Facets): boolean {
  const facets = listFacets(registry);
  const countries = s[facets.find((f) => f.member === 'country')?.param ?? ''];
  const roles = s[facets.find((f) => f.member === 'role')?.param ?? ''];
  const membership =
    !countries?.length && !roles?.length
      ? true
      : item.members.some(([c, r]) => (!countries?.length || countries.includes(c)) && (!roles?.length || roles.includes(r)));
  return membership && facets.every((f) => f.member !== undefined || any(item.values[f.param], s[f.param]));
}

/** How many items would match if `value` were the only value chosen in `facet`, the other facets kept. */
export function countFor(items: FacetItem[], s: Selection, facet: string, value: string, registry?: Facets): number {
  const trial: Selection = { ...s, [facet]: [value] };
  return items.filter((item) => matches(item, trial, registry)).length;
}
