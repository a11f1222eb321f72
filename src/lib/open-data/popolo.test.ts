import { describe, expect, it } from 'vitest';
import { fixtureCatalogue } from '../../../tests/helpers/fixture-catalogue.ts';
import { popoloProblems } from '../../../tests/helpers/open-data.ts';
import { entryMemberships, toPopolo } from './popolo.ts';

const catalogue = fixtureCatalogue();

describe('Popolo export', () => {
  it('gives the exact memberships of one entry, a sub-national part acting on behalf of its State', () => {
    expect(entryMemberships(catalogue.byId.get('atlantic-prosecutors-network')!)).toEqual([
      {
        id: 'entry/atlantic-prosecutors-network/member/state/AL',
        label: 'Albania: Member of Atlantic Prosecutors Network',
        role: 'member',
        member: { '@type': 'Organization', id: 'state/AL' },
        organization_id: 'entry/atlantic-prosecutors-network',
      },
      {
        id: 'entry/atlantic-prosecutors-network/member/state/RS',
        label: 'Serbia: Member of Atlantic Prosecutors Network',
        role: 'member',
        member: { '@type': 'Organization', id: 'state/RS' },
        organization_id: 'entry/atlantic-prosecutors-network',
      },
      {
        id: 'entry/atlantic-prosecutors-network/member/state/FR',
        label: 'France: Observer of Atlantic Prosecutors Network',
        role: 'observer',
        member: { '@type': 'Organization', id: 'state/FR' },
        organization_id: 'entry/atlantic-prosecutors-network',
      },
      {
        id: 'entry/atlantic-prosecutors-network/member/jurisdiction/GB/scotland',
        label: 'Scotland (United Kingdom): Member of Atlantic Prosecutors Network',
        role: 'member',
        member: { '@type': 'Organization', id: 'jurisdiction/GB/scotland' },
        organization_id: 'entry/atlantic-prosecutors-network',
        on_behalf_of_id: 'state/GB',
      },
      {
        id: 'entry/atlantic-prosecutors-network/member/state/KE',
        label: 'Kenya: Partner of Atlantic Prosecutors Network',
        role: 'partner',
        member: { '@type': 'Organization', id: 'state/KE' },
        organization_id: 'entry/atlantic-prosecutors-network',
      },
      {
        id: 'entry/atlantic-prosecutors-network/member/organisation/example-union',
        label: 'Example Union: Observer organisation of Atlantic Prosecutors Network',
        role: 'observer',
        member: { '@type': 'Organization', id: 'organisation/example-union' },
        organization_id: 'entry/atlantic-prosecutors-network',
      },
    ]);
  });

  it('dates a programme’s memberships by its period', () => {
    const programme = catalogue.entries.find((e) => e.programme?.period)!;
    for (const m of entryMemberships(programme)) expect(m).toMatchObject({ start_date: programme.programme!.period!.start });
  });

  it('validates against the Popolo JSON Schemas, and every membership points at organizations it defines', () => {
    const popolo = toPopolo(catalogue);
    expect(popoloProblems(popolo)).toEqual([]);
    const ids = new Set(popolo.organizations.map((o) => o.id));
    const dangling = popolo.memberships
      .flatMap((m) => [m.member.id, m.organization_id, m.on_behalf_of_id ?? m.organization_id])
      .filter((id) => !ids.has(id));
    expect(dangling).toEqual([]);
    expect(new Set(popolo.organizations.map((o) => o.id)).size).toBe(popolo.organizations.length);
  });

  it('finds what breaks the Popolo schemas', () => {
    const popolo = toPopolo(catalogue);
    const broken = { ...popolo, organizations: [{ ...popolo.organizations[0]!, founding_date: '4 May 2004' }] };
    expect(popoloProblems(broken)).toEqual(['organizations[0] /founding_date must match pattern "^[0-9]{4}(-[0-9]{2}){0,2}$"']);
  });
});
