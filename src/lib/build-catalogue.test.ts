import { describe, expect, it } from 'vitest';
import { buildCatalogue, type RawEntry } from './build-catalogue.ts';
import type { NetworkData, ProgrammeData } from '../schemas/entry.ts';

const network = (id: string, over: Partial<NetworkData> = {}): RawEntry => ({
  kind: 'networks',
  id,
  filePath: `src/content/networks/${id}.md`,
  data: {
    name: id,
    alternativeNames: [],
    laterNames: [],
    summary: 's',
    type: 'judicial-network',
    regions: ['europe'],
    crimeAreas: ['organised-crime'],
    instruments: [],
    members: [],
    unresolvedMembers: [],
    memberOrganisations: [],
    membersDefinedBy: [],
    status: 'active',
    sources: [{ document: 'cdpc-2017-1', locator: 'section 4.1' }],
    asOf: '2017-02-23',
    lastReviewed: '2026-11-01',
    relations: [],
    caveats: [],
    ...over,
  },
});
const programme = (id: string, activities: ProgrammeData['activities']): RawEntry => ({
  ...network(id),
  kind: 'programmes',
  data: {
    ...network(id).data,
    type: 'regional-programme',
    funders: [],
    implementers: [],
    beneficiaries: [],
    pillars: [],
    activities,
  } as ProgrammeData,
});
const orgs = [{ id: 'europol', data: { name: 'European Police Office', acronym: 'Europol', alternativeNames: [], entry: 'europol' } }];

describe('buildCatalogue', () => {
  const catalogue = buildCatalogue(
    [
      network('The Zeta Network', { relations: [{ type: 'hosted-by', target: 'europol', note: 'As the source says.' }], host: 'europol' }),
      network('carin', {
        members: [
          { country: 'AL', role: 'observer' },
          { country: 'GB', role: 'member', jurisdiction: 'Scotland' },
          { country: 'GB', role: 'member', jurisdiction: 'England and Wales' },
        ],
      }),
      { ...network('europol'), kind: 'practices' },
      network('alpha', {
        relations: [
          { type: 'partner', target: 'carin' },
          { type: 'overlaps', target: 'europol' },
        ],
        members: [{ country: 'AL', role: 'member' }],
      }),
      programme('project', [
        { date: '2010', title: 'Later' },
        { date: '2009-11-05', title: 'Earlier' },
      ]),
    ],
    orgs,
    new Map([['src/content/networks/carin.md', '2026-11-20']]),
  );
  const get = (id: string) => catalogue.byId.get(id)!;

  it('shows each relation on both entries, read the right way from each', () => {
    expect(get('The Zeta Network').relations).toEqual([
      { type: 'hosted-by', inverse: false, target: expect.objectContaining({ id: 'europol' }), note: 'As the source says.' },
    ]);
    expect(get('europol').relations.map((r) => [r.type, r.inverse, r.target.id])).toEqual([
      ['hosted-by', true, 'The Zeta Network'],
      ['overlaps', true, 'alpha'],
    ]);
    expect(get('carin').relations.map((r) => [r.type, r.inverse, r.target.id])).toEqual([['partner', true, 'alpha']]);
  });

  it('sorts relations by how they read, then by name', () => {
    expect(get('alpha').relations.map((r) => r.target.id)).toEqual(['europol', 'carin']); // "Overlaps with" before "Partner of"
  });

  it('lists every country with the entries it takes part in, its roles and jurisdictions', () => {
    expect(catalogue.countries.map((c) => c.code)).toEqual(['AL', 'GB']);
    const albania = catalogue.countries[0]!;
    expect(albania.involvements.map((i) => [i.entry.id, i.roles])).toEqual([
      ['alpha', ['member']],
      ['carin', ['observer']],
    ]);
    expect(catalogue.countries[1]!.involvements).toEqual([
      {
        entry: expect.objectContaining({ id: 'carin', path: 'networks/carin/' }),
        roles: ['member'],
        jurisdictions: ['Scotland', 'England and Wales'],
      },
    ]);
    expect(get('carin').countries).toEqual(['AL', 'GB']);
  });

  it('sorts entries by name without a leading "The", and programme activities oldest first', () => {
    expect(catalogue.entries.map((e) => e.id)).toEqual(['alpha', 'carin', 'europol', 'project', 'The Zeta Network']);
    expect(get('project').programme?.activities.map((a) => a.title)).toEqual(['Earlier', 'Later']);
  });

  it('resolves organisations, links them to their entries, and takes the change date from git', () => {
    expect(get('The Zeta Network').host).toEqual({
      id: 'europol',
      name: 'European Police Office',
      acronym: 'Europol',
      website: undefined,
      entry: expect.objectContaining({ kind: 'practices', id: 'europol' }),
    });
    expect(get('carin').lastChanged).toBe('2026-11-20');
    expect(get('alpha').lastChanged).toBe('2026-11-01');
  });

  it('shows a programme whose period ended as ended, keeping the status its source lists', () => {
    const build = (today: string) => buildCatalogue([programme('project', []), network('carin')], orgs, new Map(), { today }).byId;
    const p = (today: string) => build(today).get('project')!;
    // The fixture programme's period is absent: nothing to derive.
    expect(p('2030-01-01').status).toBe('active');
    const dated = {
      ...programme('dated', []),
      data: { ...programme('dated', []).data, period: { start: '2009', end: '2011' } } as ProgrammeData,
    };
    const at = (today: string) => buildCatalogue([dated], orgs, new Map(), { today }).byId.get('dated')!;
    expect([at('2011-12-31').status, at('2012-01-01').status]).toEqual(['active', 'ended']);
    expect(at('2012-01-01')).toMatchObject({ listedStatus: 'active', endedOn: '2011' });
    expect(build('2030-01-01').get('carin')!.endedOn).toBeUndefined();
  });

  it('lets the region filter find entries by where their members are, and says which unlisted entries may concern a country', () => {
    const catalogue = buildCatalogue(
      [
        network('kenyan', { regions: ['global'], members: [{ country: 'KE', role: 'member' }] }),
        network('african-unlisted', { regions: ['africa'] }),
        network('european-unlisted', { regions: ['europe'] }),
        network('global-unlisted', { regions: ['global'] }),
      ],
      orgs,
    );
    expect(catalogue.byId.get('kenyan')!.regionsCovered).toEqual(['global', 'africa']);
    const kenya = catalogue.countries.find((c) => c.code === 'KE')!;
    expect(kenya.mayConcern.map((e) => e.id)).toEqual(['african-unlisted', 'global-unlisted']);
  });
});
