import { describe, expect, it } from 'vitest';
import { checkJsonSchema } from './json-schema-check.ts';
import { catalogueJsonSchema } from '../../src/schemas/export-record.ts';

const schema = catalogueJsonSchema();
const entry = {
  id: 'carin',
  kind: 'networks',
  name: 'CARIN',
  acronym: null,
  alternativeNames: [],
  url: '/networks/carin/',
  summary: 'A network.',
  type: 'contact-point-network',
  regions: ['europe'],
  crimeAreas: ['money-laundering-asset-recovery'],
  instruments: [],
  status: 'active',
  established: '2004',
  laterNames: [],
  membersDefinedBy: [],
  website: null,
  host: null,
  seat: null,
  cdpcSection: null,
  members: [{ country: 'AL', role: 'member', jurisdiction: null, note: null }],
  unresolvedMembers: [],
  memberOrganisations: [],
  relations: [],
  sources: [{ document: 'web', title: 'T', locator: 'p. 1', url: null, date: '2017' }],
  caveats: [],
  asOf: '2017-02-23',
  lastReviewed: '2026-11-23',
  programme: null,
};
const file = (e: unknown) => ({ generated: '2026-11-23T00:00:00Z', licence: 'CC-BY-4.0', entries: [e] });

describe('the open-data JSON Schema, checked with Ajv', () => {
  it('accepts a well-formed record', () => {
    expect(checkJsonSchema(file(entry), schema)).toEqual([]);
  });

  it('names each problem with its path', () => {
    const { summary: _, ...withoutSummary } = entry;
    const bad = {
      ...withoutSummary,
      kind: 'network',
      established: 2004,
      members: [{ country: 'Albania', role: 'member', jurisdiction: null }],
      extra: 1,
    };
    expect(checkJsonSchema(file(bad), schema)).toMatchInlineSnapshot(`
      [
        "$.entries[0]: missing required “summary”",
        "$.entries[0]: unexpected property “extra”",
        "$.entries[0].kind: must be one of networks, programmes, practices",
        "$.entries[0].established: must be string",
        "$.entries[0].established: must be null",
        "$.entries[0].established: must match a schema in anyOf",
        "$.entries[0].members[0]: missing required “note”",
        "$.entries[0].members[0].country: must match pattern "^[A-Z]{2}$"",
      ]
    `);
  });

  it('rejects a missing or wrong programme shape', () => {
    expect(checkJsonSchema(file({ ...entry, programme: { period: null } }), schema).length).toBeGreaterThan(0);
    expect(checkJsonSchema(file({ ...entry, lastReviewed: '23/11/2026' }), schema)).toEqual([
      expect.stringMatching(/^\$\.entries\[0\]\.lastReviewed: must match pattern/),
    ]);
  });

  it('refuses a schema it cannot read, instead of ignoring part of it', () => {
    expect(() => checkJsonSchema('x', { type: 'string', minLenght: 2 })).toThrow(/unknown keyword/);
  });
});
