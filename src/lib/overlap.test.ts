import { describe, expect, it } from 'vitest';
import { overlap, overlapIndex, similarEntries, topOverlaps, type Overlap, type OverlapSubject } from './overlap.ts';
import { strings } from '../i18n/ui.ts';

/** The overlap read from a, as the pages say it in English. */
const sentence = (o: Overlap) =>
  strings('en')['overlap.shares']({
    sharedCountries: o.sharedCountries.length,
    memberCountries: o.memberCountries,
    sharedCrimeAreas: o.sharedCrimeAreas.length,
  });

const subject = (id: string, countries: string[], crimeAreas: string[] = []): OverlapSubject => ({
  id,
  name: id,
  members: countries.map((country) => ({ country })),
  crimeAreas,
});

const big = subject('big', ['AL', 'RS', 'ME', 'MK', 'BA', 'HR'], ['organised-crime', 'corruption', 'cybercrime']);
const small = subject('small', ['AL', 'RS', 'ME', 'FR'], ['organised-crime', 'corruption']);
const far = subject('far', ['JP', 'KR'], ['cybercrime']);
const none = subject('none', [], ['terrorism']);

describe('overlap', () => {
  it('counts shared countries and crime areas, with a Jaccard-like score', () => {
    const o = overlap(small, big);
    expect(o.sharedCountries).toEqual(['AL', 'ME', 'RS']);
    expect(o.sharedCrimeAreas).toEqual(['organised-crime', 'corruption']);
    // (3 countries + 2 crime areas) / (7 countries + 3 crime areas)
    expect(o.score).toBeCloseTo(5 / 10);
    expect(sentence(o)).toBe('shares 3 of its 4 member countries and 2 crime areas');
    expect(sentence(overlap(subject('x', ['AL', 'RS']), big))).toBe('shares all 2 of its member countries');
  });

  it('counts a country once whatever its roles', () => {
    const twice = { id: 'twice', name: 'twice', members: [{ country: 'AL' }, { country: 'AL' }], crimeAreas: [] };
    expect(sentence(overlap(twice, small))).toBe('shares 1 of its 1 member country');
  });

  it('says so when nothing is shared, and copes with entries without members', () => {
    expect(overlap(far, small).score).toBe(0);
    expect(sentence(overlap(far, small))).toBe('shares no member country or crime area');
    expect(sentence(overlap(none, subject('t', [], ['terrorism'])))).toBe('shares 1 crime area');
    expect(overlap(none, subject('e', [])).score).toBe(0);
  });
});

describe('similarEntries and topOverlaps', () => {
  const all = [big, small, far, none];

  it('ranks the other entries by overlap, leaving out itself and those sharing nothing', () => {
    expect(similarEntries(big, all, 5).map((o) => o.a.id)).toEqual(['small', 'far']);
    expect(similarEntries(big, all, 1).map((o) => o.a.id)).toEqual(['small']);
    expect(similarEntries(none, all, 5)).toEqual([]);
    expect(sentence(similarEntries(big, all, 1)[0]!)).toBe('shares 3 of its 4 member countries and 2 crime areas');
  });

  it('ranks pairs, each read from the entry with fewer members', () => {
    const pairs = topOverlaps(all, 10);
    expect(pairs.map((o) => [o.a.id, o.b.id])).toEqual([
      ['small', 'big'],
      ['far', 'big'],
    ]);
    expect(topOverlaps(all, 1)).toHaveLength(1);
  });

  it('computes the index once per array of entries', () => {
    const first = overlapIndex(all);
    expect(overlapIndex(all)).toBe(first);
    expect(overlapIndex([...all])).not.toBe(first);
    expect(first.similarTo('small').map((o) => o.a.id)).toEqual(['big']);
    expect(first.similarTo('unknown')).toEqual([]);
  });
});

describe('overlapIndex, the fast path', () => {
  it.each([
    [120, 5, 30],
    [400, 3, 10],
  ])('gives exactly what the simple definitions give, on a generated catalogue of %i', (size, similarN, topN) => {
    // A deterministic pseudo-random catalogue with ties, empty members and shared names.
    let seed = 7;
    const rand = (k: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % k;
    const codes = ['AL', 'RS', 'IT', 'FR', 'DE', 'ES', 'PT', 'BR', 'JP', 'US', 'GB', 'MK'];
    const areas = ['organised-crime', 'terrorism', 'cybercrime', 'corruption', 'drug-trafficking'];
    const all: OverlapSubject[] = Array.from({ length: size }, (_, i) => ({
      id: `e${i}`,
      name: `Entry ${rand(40)}`,
      members: Array.from({ length: rand(size > 200 ? 10 : 6) }, () => ({ country: codes[rand(codes.length)]! })),
      crimeAreas: [...new Set(Array.from({ length: rand(3) }, () => areas[rand(areas.length)]!))],
    }));
    const index = overlapIndex(all, { similar: similarN, top: topN });
    const ids = (list: Overlap[]) => list.map((o) => `${o.a.id}~${o.b.id}: ${sentence(o)}`);
    for (const e of all) expect(ids(index.similarTo(e.id)), e.id).toEqual(ids(similarEntries(e, all, similarN)));
    expect(ids(index.top)).toEqual(ids(topOverlaps(all, topN)));
  });
});

describe('overlapIndex with pairsAmong', () => {
  it('ranks only the pairs whose entries both pass the test, and still finds similar entries among all', () => {
    const all: Array<OverlapSubject & { kind: string }> = [
      { id: 'n1', name: 'N1', kind: 'networks', members: [{ country: 'AL' }, { country: 'RS' }], crimeAreas: ['terrorism'] },
      { id: 'n2', name: 'N2', kind: 'networks', members: [{ country: 'AL' }], crimeAreas: ['terrorism'] },
      { id: 'p1', name: 'P1', kind: 'practices', members: [{ country: 'AL' }, { country: 'RS' }], crimeAreas: ['terrorism'] },
    ];
    const index = overlapIndex(all, { similar: 5, top: 5, pairsAmong: (e) => e.kind === 'networks' });
    expect(index.top.map((o) => `${o.a.id}~${o.b.id}`)).toEqual(['n2~n1']);
    expect(index.similarTo('n1').map((o) => o.a.id)).toEqual(['p1', 'n2']);
  });
});
