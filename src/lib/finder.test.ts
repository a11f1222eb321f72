import { describe, expect, it } from 'vitest';
import { findShared, type FinderEntry } from './finder.ts';

const entry = (id: string, members: FinderEntry['members'], over: Partial<FinderEntry> = {}): FinderEntry => ({
  id,
  name: id.toUpperCase(),
  kind: 'networks',
  path: `networks/${id}/`,
  crimeAreas: [],
  instruments: [],
  members,
  ...over,
});

const entries: FinderEntry[] = [
  entry(
    'zeta',
    [
      ['AL', 'member'],
      ['RS', 'member'],
    ],
    { crimeAreas: ['organised-crime'] },
  ),
  entry(
    'alpha',
    [
      ['AL', 'observer'],
      ['RS', 'member'],
    ],
    { crimeAreas: ['corruption'], instruments: ['extradition'] },
  ),
  entry(
    'beta',
    [
      ['AL', 'contact-point'],
      ['RS', 'observer'],
    ],
    { crimeAreas: ['organised-crime', 'corruption'] },
  ),
  entry('gamma', [['AL', 'member']], { crimeAreas: ['organised-crime'] }),
  entry(
    'delta',
    [
      ['AL', 'member'],
      ['RS', 'member'],
    ],
    { name: 'The Delta', instruments: ['mutual-legal-assistance'] },
  ),
  entry('multi', [
    ['GB', 'member'],
    ['GB', 'observer'],
    ['AL', 'partner'],
  ]),
];

const ids = (r: ReturnType<typeof findShared>) => r.map((x) => x.entry.id);

describe('findShared', () => {
  it('keeps only entries that include every chosen country, ranked by coverage then name', () => {
    // delta and zeta: both full members (sorted by name without "The"); alpha: one; beta: none.
    expect(ids(findShared(entries, { countries: ['AL', 'RS'] }))).toEqual(['delta', 'zeta', 'alpha', 'beta']);
  });

  it('puts each chosen country’s roles side by side, in the order chosen', () => {
    const [first] = findShared(entries, { countries: ['RS', 'AL'], crimeAreas: ['corruption'] });
    expect(first).toMatchObject({ entry: { id: 'alpha' }, roles: [['member'], ['observer']], fullMembers: 1 });
  });

  it('lists every role of a country once, member first', () => {
    const [result] = findShared(entries, { countries: ['AL', 'GB'] });
    expect(result?.roles).toEqual([['partner'], ['member', 'observer']]);
  });

  it('requires at least one of the chosen crime areas and of the chosen instruments', () => {
    expect(ids(findShared(entries, { countries: ['AL', 'RS'], crimeAreas: ['organised-crime'] }))).toEqual(['zeta', 'beta']);
    expect(ids(findShared(entries, { countries: ['AL', 'RS'], crimeAreas: ['organised-crime', 'corruption'] }))).toEqual([
      'zeta',
      'alpha',
      'beta',
    ]);
    expect(ids(findShared(entries, { countries: ['AL', 'RS'], instruments: ['extradition', 'mutual-legal-assistance'] }))).toEqual([
      'delta',
      'alpha',
    ]);
    expect(ids(findShared(entries, { countries: ['AL', 'RS'], crimeAreas: ['organised-crime'], instruments: ['extradition'] }))).toEqual(
      [],
    );
  });

  it('finds nothing without countries and ignores repeated countries', () => {
    expect(findShared(entries, { countries: [] })).toEqual([]);
    expect(findShared(entries, { countries: ['AL', 'AL', 'RS'] })[0]?.roles).toHaveLength(2);
  });
});
