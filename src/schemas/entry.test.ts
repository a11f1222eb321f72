import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { networkSchema, programmeSchema } from './entry.ts';
import { explainIssue } from './error-map.ts';

const valid = {
  name: 'Example Network of Prosecutors',
  summary: 'A network of prosecutors that helps its members prepare and execute requests for mutual legal assistance.',
  type: 'prosecutors-network',
  regions: ['europe'],
  crimeAreas: ['organised-crime'],
  status: 'active',
  members: [
    { country: 'FYR of Macedonia', role: 'member' },
    { country: 'Scotland', role: 'observer' },
  ],
  sources: [{ document: 'cdpc-2017-1', locator: 'section 4.1', url: 'https://example.org/' }],
  asOf: new Date('2017-02-23'),
  lastReviewed: '2026-11-23',
};

/** Every problem with `input`, as the validator prints it: "field: message". */
function problems(input: unknown, schema: z.ZodType = networkSchema): string[] {
  const result = schema.safeParse(input);
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const p = explainIssue(issue, schema, input);
    return `${p.field}: ${p.message}`;
  });
}

describe('entry schema', () => {
  it('accepts a valid network and normalises countries and dates', () => {
    const data = networkSchema.parse(valid);
    expect(data.members).toEqual([
      { country: 'MK', role: 'member' },
      { country: 'GB', role: 'observer', jurisdiction: 'Scotland' },
    ]);
    expect(data.asOf).toBe('2017-02-23');
    expect(data.relations).toEqual([]);
  });

  it('names a missing required field and what it is for', () => {
    const { name: _name, ...rest } = valid;
    expect(problems(rest)).toMatchInlineSnapshot(`
      [
        "name: Required field “name” is missing. Add it (Full name in English).",
      ]
    `);
  });

  it('rejects a misspelt key with a suggestion', () => {
    expect(problems({ ...valid, crimeArea: ['terrorism'] })).toMatchInlineSnapshot(`
      [
        "crimeArea: Unknown field “crimeArea” (did you mean “crimeAreas”?). Remove it or correct its spelling; allowed fields here: name, acronym, alternativeNames, laterNames, summary, regions, crimeAreas, instruments, members, unresolvedMembers, memberOrganisations, membersDefinedBy, host, seat, established, status, website, sources, asOf, lastReviewed, relations, caveats, type, cdpcSection.",
      ]
    `);
  });

  it('lists the allowed values of a closed vocabulary', () => {
    expect(problems({ ...valid, regions: ['Europe'] })).toMatchInlineSnapshot(`
      [
        "regions[0]: “Europe” is not a known region. Did you mean “europe” or “european-union”? Use one of: global, europe, european-union, south-east-europe, eastern-europe-central-asia, mediterranean, africa, americas, asia, pacific.",
      ]
    `);
  });

  it('explains an unknown country with did-you-mean', () => {
    expect(problems({ ...valid, members: [{ country: 'Serbija', role: 'member' }] })).toMatchInlineSnapshot(`
      [
        "members[0].country: Unknown country “Serbija”. Did you mean “Serbia” or “Syria”? Write an ISO 3166-1 alpha-2 code (XK for Kosovo) or a name listed in src/data/countries.ts or src/data/country-aliases.ts.",
      ]
    `);
  });

  it('explains bad dates, wrong types, empty lists and bad URLs', () => {
    expect(problems({ ...valid, asOf: '23/02/2017', established: 'two thousand', crimeAreas: [], website: 'www.example.org' }))
      .toMatchInlineSnapshot(`
      [
        "crimeAreas: Give at least one crime area.",
        "established: “two thousand” is not a date. Write it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017, 2017-02 or 2017-02-23.",
        "website: “www.example.org” is not allowed as the website. Write a full address starting with https:// or http://.",
        "asOf: “23/02/2017” is not a date. Write it as YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2017, 2017-02 or 2017-02-23.",
      ]
    `);
  });

  it('keeps the summary to one sentence', () => {
    expect(problems({ ...valid, summary: 'Too short.' })).toMatchInlineSnapshot(`
      [
        "summary: Write a summary of at least 40 characters: one sentence on what the entry is and does.",
      ]
    `);
  });

  it('requires a period for programmes and checks its order', () => {
    const programme = { ...valid, type: 'regional-programme', period: { start: 2011, end: 2009 } };
    expect(problems(programme, programmeSchema)).toMatchInlineSnapshot(`
      [
        "period.end: The period ends before it starts.",
      ]
    `);
  });
});
