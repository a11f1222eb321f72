import { describe, expect, it } from 'vitest';
import { checkCatalogue, type CheckedEntry } from './catalogue-checks.ts';

const entry = (id: string, over: Partial<CheckedEntry['data']> = {}, kind = 'networks'): CheckedEntry => ({
  id,
  kind,
  file: `src/content/${kind}/${id}.md`,
  data: {
    name: id.toUpperCase(),
    lastReviewed: '2026-11-01',
    members: [],
    memberOrganisations: [],
    relations: [],
    sources: [{ document: 'web', url: 'https://example.org/' }],
    ...over,
  },
});
const orgs = [{ id: 'unodc', file: 'src/content/organisations/unodc.yaml', data: { name: 'UNODC' } }];
const run = (entries: CheckedEntry[]) =>
  checkCatalogue(entries, orgs, { today: '2026-11-23' }).map((p) => `${p.severity} ${p.file} ${p.field}: ${p.message}`);

describe('catalogue checks', () => {
  it('finds nothing wrong in a consistent catalogue', () => {
    expect(run([entry('carin', { relations: [{ type: 'partner', target: 'eurojust' }] }), entry('eurojust', { host: 'unodc' })])).toEqual(
      [],
    );
  });

  it('fails a reference to a missing entry, with a suggestion', () => {
    expect(run([entry('carin', { relations: [{ type: 'partner', target: 'eurojst' }] }), entry('eurojust')])).toMatchInlineSnapshot(`
      [
        "error src/content/networks/carin.md relations[0].target: No entry with id “eurojst”. Did you mean “eurojust”? Use the file name (without extension) of an entry in src/content/.",
      ]
    `);
  });

  it('fails duplicate ids across kinds and duplicate names', () => {
    expect(run([entry('interpol'), entry('interpol', {}, 'practices'), entry('other', { name: 'Interpol' })])).toMatchInlineSnapshot(`
      [
        "error src/content/practices/interpol.md id: The id “interpol” is already used by src/content/networks/interpol.md. Ids are unique across all kinds: rename one of the files.",
        "error src/content/practices/interpol.md name: The name “INTERPOL” is already used by src/content/networks/interpol.md. Names must be unique: merge the two entries, or make the names distinct.",
        "error src/content/networks/other.md name: The name “Interpol” is already used by src/content/networks/interpol.md. Names must be unique: merge the two entries, or make the names distinct.",
      ]
    `);
  });

  it('fails unknown organisations and repeated members', () => {
    const problems = run([
      entry('carin', {
        host: 'unodc2',
        members: [
          { country: 'AL', role: 'member' },
          { country: 'AL', role: 'member' },
        ],
      }),
    ]);
    expect(problems).toMatchInlineSnapshot(`
      [
        "error src/content/networks/carin.md host: No organisation “unodc2” in src/content/organisations/. Did you mean “unodc”? Create src/content/organisations/unodc2.yaml or use an existing id.",
        "error src/content/networks/carin.md members[1].country: AL is listed twice with the role “member”. Remove the repeat.",
      ]
    `);
  });

  it('warns about stale entries, missing source URLs and likely duplicates', () => {
    const problems = run([
      entry('a', { lastReviewed: '2020-01-01', sources: [{ document: 'other' }], acronym: 'AB' }),
      entry('d', { sources: [{ document: 'cdpc-2017-1' }] }),
      entry('b', { acronym: 'AB', website: 'https://www.b.org/' }),
      entry('c', { website: 'http://b.org' }),
    ]);
    expect(problems).toMatchInlineSnapshot(`
      [
        "warning src/content/networks/a.md sources: No source can be checked: none has a url and none is one of the catalogue’s source documents. Add the address where the document can be read.",
        "warning src/content/networks/a.md lastReviewed: Last reviewed on 2020-01-01, more than 730 days ago. Check the facts and update lastReviewed.",
        "warning src/content/networks/b.md acronym: Same acronym as src/content/networks/a.md: is this a duplicate entry? If not, ignore this warning.",
        "warning src/content/networks/c.md website: Same website as src/content/networks/b.md: is this a duplicate entry? If not, ignore this warning.",
      ]
    `);
  });

  it('fails a symmetric relation stated in both entries, and a relation given twice', () => {
    expect(
      run([
        entry('carin', {
          relations: [
            { type: 'partner', target: 'eurojust' },
            { type: 'overlaps', target: 'eurojust' },
            { type: 'overlaps', target: 'eurojust' },
          ],
        }),
        entry('eurojust', {
          relations: [
            { type: 'partner', target: 'carin' },
            { type: 'hosted-by', target: 'carin' },
          ],
        }),
      ]),
    ).toMatchInlineSnapshot(`
      [
        "error src/content/networks/carin.md relations[2].target: The relation “overlaps” to “eurojust” is listed twice. Remove the repeat (put both notes in one).",
        "error src/content/networks/eurojust.md relations[0].target: The relation “partner” with “carin” is also stated in that entry. A partner relation shows on both pages: keep it in one of the two files.",
      ]
    `);
  });

  it('fails a review date after today, and warns about a name that mixes scripts', () => {
    expect(run([entry('late', { lastReviewed: '2026-11-24' }), entry('eurojust', { name: '\u0415urojust' })])).toMatchInlineSnapshot(`
      [
        "warning src/content/networks/eurojust.md name: The name mixes Latin and Cyrillic letters, which can look alike (a Cyrillic “Е” looks like a Latin “E”). Retype the name in one script, unless the mix is intended.",
        "error src/content/networks/late.md lastReviewed: Reviewed on 2026-11-24, which is after today (2026-11-23). Write the date you checked the facts.",
      ]
    `);
  });

  it('compares names after NFKD, ignoring case and accents', () => {
    expect(run([entry('a', { name: 'Red Iberoamericana' }), entry('b', { name: 'ＲＥＤ ibéroamericana' })])).toMatchInlineSnapshot(`
      [
        "error src/content/networks/b.md name: The name “ＲＥＤ ibéroamericana” is already used by src/content/networks/a.md. Names must be unique: merge the two entries, or make the names distinct.",
      ]
    `);
  });
});
