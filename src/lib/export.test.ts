import { describe, expect, it } from 'vitest';
import { csvField, toCsv, type ExportRecord } from './export.ts';

const record = (over: Partial<ExportRecord> = {}): ExportRecord => ({
  id: 'carin',
  kind: 'networks',
  name: 'CARIN, the network',
  acronym: 'CARIN',
  alternativeNames: [],
  url: '/base/networks/carin/',
  summary: 's',
  type: 'contact-point-network',
  regions: ['europe', 'global'],
  crimeAreas: ['money-laundering-asset-recovery'],
  instruments: [],
  status: 'active',
  established: '2004',
  laterNames: [],
  membersDefinedBy: [],
  website: null,
  host: null,
  seat: null,
  cdpcSection: 'european',
  members: [
    { country: 'AL', role: 'observer', jurisdiction: null, note: null },
    { country: 'GB', role: 'member', jurisdiction: 'Scotland', note: 'Listed as "Scotland"' },
  ],
  unresolvedMembers: [],
  memberOrganisations: [],
  relations: [],
  sources: [],
  caveats: [],
  asOf: '2017-02-23',
  lastReviewed: '2026-11-23',
  programme: null,
  ...over,
});

describe('CSV export', () => {
  it('writes one row per entry–member pair, quoting where needed', () => {
    expect(toCsv([record()]).split('\r\n')).toMatchInlineSnapshot(`
      [
        "id,kind,name,acronym,url,type,status,regions,crimeAreas,instruments,country,role,jurisdiction,memberNote,asOf,lastReviewed",
        "carin,networks,"CARIN, the network",CARIN,/base/networks/carin/,contact-point-network,active,europe;global,money-laundering-asset-recovery,,AL,observer,,,2017-02-23,2026-11-23",
        "carin,networks,"CARIN, the network",CARIN,/base/networks/carin/,contact-point-network,active,europe;global,money-laundering-asset-recovery,,GB,member,Scotland,"Listed as ""Scotland""",2017-02-23,2026-11-23",
        "",
      ]
    `);
  });

  it('keeps an entry without members as one row', () => {
    expect(
      toCsv([record({ members: [] })])
        .trim()
        .split('\r\n'),
    ).toHaveLength(2);
  });

  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
  });
});
