import { describe, expect, it } from 'vitest';
import { countFor, matches, paramsFromSelection, selectionFromParams, type FacetItem } from './facet-state.ts';
import { FACETS, type FacetDefinition } from '../lib/facets.ts';

const item = (id: string, values: FacetItem['values'], members: FacetItem['members'] = []): FacetItem => ({
  id,
  values: { status: ['active'], ...values },
  members,
});
const items = [
  item('carin', { region: ['europe', 'global'], crime: ['money-laundering-asset-recovery'] }, [
    ['AT', 'member'],
    ['AL', 'observer'],
  ]),
  item('seepag', { region: ['south-east-europe'], crime: ['organised-crime'] }, [
    ['AL', 'member'],
    ['IT', 'partner'],
  ]),
  item('iberred', { region: ['americas', 'europe'], crime: ['organised-crime'], status: ['unknown'] }, [['ES', 'member']]),
];
const ids = (s: Parameters<typeof matches>[1]) => items.filter((i) => matches(i, s)).map((i) => i.id);

describe('list facets', () => {
  it('combines values of one facet with OR and facets with AND', () => {
    expect(ids({ region: ['south-east-europe', 'americas'] })).toEqual(['seepag', 'iberred']);
    expect(ids({ region: ['europe'], crime: ['organised-crime'] })).toEqual(['iberred']);
  });

  it('reads country and role together as a country in that role', () => {
    expect(ids({ country: ['AL'] })).toEqual(['carin', 'seepag']);
    expect(ids({ country: ['AL'], role: ['member'] })).toEqual(['seepag']);
    expect(ids({ role: ['partner'] })).toEqual(['seepag']);
  });

  it('counts what each value would give alongside the other facets', () => {
    expect(countFor(items, { crime: ['organised-crime'] }, 'region', 'europe')).toBe(1);
    expect(countFor(items, {}, 'country', 'AL')).toBe(2);
  });

  it('round-trips through the URL', () => {
    const s = { region: ['europe'], country: ['AL', 'RS'] };
    expect(selectionFromParams(paramsFromSelection(s))).toEqual(s);
    expect(paramsFromSelection(s).toString()).toBe('region=europe&country=AL&country=RS');
  });

  it('takes a facet added to the registry without other changes', () => {
    const type: FacetDefinition = {
      param: 'type',
      vocabulary: 'networkTypes',
      field: 'type',
      values: () => [],
      legend: 'entry.type',
      on: { list: true },
    };
    const registry = [...FACETS, type];
    const typed = [item('a', { type: ['judicial-network'] }), item('b', { type: ['training-network'] })];
    const selection = selectionFromParams(new URLSearchParams('type=training-network&region=europe&unknown=x'), registry);
    expect(selection).toEqual({ region: ['europe'], type: ['training-network'] });
    expect(paramsFromSelection(selection, registry).toString()).toBe('region=europe&type=training-network');
    expect(typed.filter((i) => matches(i, { type: ['training-network'] }, registry)).map((i) => i.id)).toEqual(['b']);
    expect(countFor(typed, {}, 'type', 'judicial-network', registry)).toBe(1);
    // Without the record, the parameter means nothing.
    expect(selectionFromParams(new URLSearchParams('type=training-network'))).toEqual({});
  });
});
