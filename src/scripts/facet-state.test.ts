import { describe, expect, it } from 'vitest';
import { countFor, matches, paramsFromSelection, selectionFromParams, type FacetItem } from './facet-state.ts';

const item = (id: string, over: Partial<FacetItem>): FacetItem => ({ id, region: [], crime: [], instrument: [], status: ['active'], cdpc: [], members: [], ...over });
const items = [
  item('carin', { region: ['europe', 'global'], crime: ['money-laundering-asset-recovery'], members: [['AT', 'member'], ['AL', 'observer']] }),
  item('seepag', { region: ['south-east-europe'], crime: ['organised-crime'], members: [['AL', 'member'], ['IT', 'partner']] }),
  item('iberred', { region: ['americas', 'europe'], crime: ['organised-crime'], members: [['ES', 'member']], status: ['unknown'] }),
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
});
