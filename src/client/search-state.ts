/**
 * The search page's state and its URL form, kept apart from the DOM so it can be tested.
 * Filter values of one facet combine with OR ({ any: [...] }); facets combine with AND.
 */
import { facetsOn } from '../lib/facets.ts';

/** The search page's filters: the registry's search facets (src/lib/facets.ts). */
export const FACETS = facetsOn('search').map((f) => f.param);

export interface SearchState {
  q: string;
  filters: Partial<Record<string, string[]>>;
}

export function stateFromParams(params: URLSearchParams): SearchState {
  const filters: SearchState['filters'] = {};
  for (const facet of FACETS) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length) filters[facet] = [...new Set(values)];
  }
  return { q: (params.get('q') ?? '').trim(), filters };
}

export function paramsFromState(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const facet of FACETS) for (const v of state.filters[facet] ?? []) params.append(facet, v);
  return params;
}

/** Pagefind's filter object: OR within a facet, AND across facets. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const out: Record<string, { any: string[] }> = {};
  for (const facet of FACETS) {
    const values = state.filters[facet];
    if (values?.length) out[facet] = { any: values };
  }
  return out;
}

export const isEmpty = (state: SearchState) => !state.q && Object.keys(state.filters).length === 0;
