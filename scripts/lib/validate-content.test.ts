/**
 * A generated corpus of broken entries: the validator must never crash, must report each
 * file with its own clear message, and must still accept a valid file saved with a BOM
 * and CRLF line endings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateContent, type ValidationResult } from './validate-content.ts';

const valid = (name: string, extra = '') => `---
name: ${name}
summary: A network used as a test fixture, written to check how the validator reports problems.
type: judicial-network
regions: [europe]
crimeAreas: [organised-crime]
status: active
members: [{ country: AL, role: member }]
sources: [{ document: cdpc-2017-1, locator: "section 4.1", url: "https://example.org/" }]
asOf: 2017-02-23
lastReviewed: 2026-11-01
${extra}---

Body text.
`;

let root: string;
let result: ValidationResult;
const files: Record<string, string | Buffer> = {
  'networks/good-crlf-bom.md': `\uFEFF${valid('Good Network With BOM').replace(/\n/g, '\r\n')}`,
  'networks/bad-yaml.md': '---\nname: [unclosed\nsummary: x\n---\n',
  'networks/wrong-types.md': valid('Wrong Types Network', 'established: "long ago"\n').replace('regions: [europe]', 'regions: europe'),
  'networks/unknown-key.md': valid('Unknown Key Network', 'memberz: []\n'),
  'networks/unknown-country.md': valid('Unknown Country Network').replace('country: AL', 'country: Absurdistan'),
  'networks/dangling.md': valid('Dangling Network', 'relations: [{ type: partner, target: no-such-entry }]\n'),
  'networks/twin.md': valid('Twin Network'),
  'practices/twin.md': valid('Twin Practice').replace('judicial-network', 'regional-centre'),
  'networks/empty.md': '',
  'networks/random-bytes.md': Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
  'networks/huge.md': valid('Huge Network') + 'word '.repeat(1_100_000),
  'networks/deep.md': `---\nname: ${'['.repeat(5000)}${']'.repeat(5000)}\n---\n`,
  'networks/no-frontmatter.md': '# Just a heading\n',
  'networks/Bad Name.md': valid('Badly Named File Network'),
  'networks/list-frontmatter.md': '---\n- a\n- b\n---\n',
  'networks/stray.txt': 'not an entry',
  'networks/impossible-date.md': valid('Impossible Date Network').replace('asOf: 2017-02-23', 'asOf: 2017-02-30'),
  'networks/future-review.md': valid('Future Review Network').replace('lastReviewed: 2026-11-01', 'lastReviewed: 2027-01-01'),
  'networks/control-character.md': valid('Control Character Network').replace('A network used', 'A network\u0007 used'),
  'networks/lone-surrogate.md': valid('Lone Surrogate Network', 'seat: "Stras\\uD800bourg"\n'),
  'networks/bidi-override.md': valid('Bidi Override Network') + 'Text with an override \u202E here.\n',
  'networks/same-relation-twice.md': valid(
    'Same Relation Network',
    'relations: [{ type: partner, target: twin }, { type: partner, target: twin }]\n',
  ),
  'networks/javascript-website.md': valid('Javascript Website Network', 'website: "javascript:alert(1)"\n'),
  'networks/dashes-in-value.md': valid('Dashes Network', 'seat: "first line\n---x\n  second line"\n'),
  'networks/toml.md': '+++\nname = "Toml Network"\n+++\n\nBody.\n',
  'networks/twin-lookalike.md': valid('Ｔｗｉｎ Network'),
  'networks/lookalike.md': valid('\u0415urojust Lookalike Network'),
  'organisations/org.yml': 'name: An organisation\n',
  'organisations/org.yaml': 'name: The same organisation\n',
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'catalogue-validate-'));
  for (const kind of ['networks', 'practices', 'programmes', 'organisations'])
    mkdirSync(join(root, 'src/content', kind), { recursive: true });
  for (const [path, content] of Object.entries(files)) writeFileSync(join(root, 'src/content', path), content);
  mkdirSync(join(root, 'src/content/networks/folder.md'));
  symlinkSync(join(root, 'nowhere.md'), join(root, 'src/content/networks/dangling-link.md'));
  result = validateContent(root, { today: '2026-11-23', contentDir: 'src/content' });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const errorsOf = (file: string) =>
  result.problems
    .filter((p) => p.file === `src/content/${file}` && p.severity === 'error')
    .map((p) => `${p.line ?? '-'} ${p.field}: ${p.message}`);

describe('validator on a broken corpus', () => {
  it('reports every broken file and never crashes', () => {
    // networks/twin.md is the first of the twins; the duplicate is reported on the second.
    const broken = [...Object.keys(files), 'networks/folder.md', 'networks/dangling-link.md'].filter(
      (f) => !['networks/good-crlf-bom.md', 'networks/twin-lookalike.md', 'networks/lookalike.md', 'organisations/org.yaml'].includes(f),
    );
    for (const file of broken) expect(errorsOf(file), file).not.toEqual([]);
  });

  it('accepts a valid file with a BOM and CRLF line endings', () => {
    expect(errorsOf('networks/good-crlf-bom.md')).toEqual([]);
  });

  it('gives each problem its own clear message, with the line where it can', () => {
    const names = [...Object.keys(files), 'networks/folder.md', 'networks/dangling-link.md'].filter(
      (f) => f !== 'networks/good-crlf-bom.md',
    );
    expect(Object.fromEntries(names.map((f) => [f, errorsOf(f)[0]]))).toMatchInlineSnapshot(`
      {
        "networks/Bad Name.md": "1 id: The file name “Bad Name” is not a valid id. Rename the file in kebab-case, e.g. bad-name.",
        "networks/bad-yaml.md": "3 : YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] at line 3, column 1. Check indentation, colons and quotes (values containing ": " need quotes).",
        "networks/bidi-override.md": "15 body: The body contains an invisible control character (U+202E) at position 36. Delete it and retype the text around it.",
        "networks/control-character.md": "3 : The frontmatter contains an invisible control character (U+0007) at position 52. Delete it and retype the text around it.",
        "networks/dangling-link.md": "- : This is a link to a file that does not exist. Remove the link, or replace it with the file itself.",
        "networks/dangling.md": "12 relations[0].target: No entry with id “no-such-entry”. Use the file name (without extension) of an entry in src/content/.",
        "networks/dashes-in-value.md": "13 : YAML syntax error: Missing closing "quote at line 13, column 1. Check indentation, colons and quotes (values containing ": " need quotes).",
        "networks/deep.md": "2 : YAML syntax error: Maximum call stack size exceeded at line 2, column 796. Check indentation, colons and quotes (values containing ": " need quotes).",
        "networks/empty.md": "- : The file is empty. Start from a template: npm run new -- network "Name".",
        "networks/folder.md": "- : This is a folder, not a content file. Remove it or give it another name.",
        "networks/future-review.md": "11 lastReviewed: Reviewed on 2027-01-01, which is after today (2026-11-23). Write the date you checked the facts.",
        "networks/huge.md": "- : The file is 5.5 MB; entries are limited to 1 MB. Shorten the body or split out long annexes.",
        "networks/impossible-date.md": "10 asOf: “2017-02-30” is not a day of the calendar. Check the month and the day.",
        "networks/javascript-website.md": "12 website: “javascript:alert(1)” is not allowed as the website. Write a full address starting with https:// or http://.",
        "networks/list-frontmatter.md": "2 : The frontmatter must be a set of “field: value” lines.",
        "networks/lone-surrogate.md": "12 seat: The value contains a broken character (a lone UTF-16 surrogate). Retype the text.",
        "networks/lookalike.md": undefined,
        "networks/no-frontmatter.md": "1 : No frontmatter found. The file must start with a line "---", the fields in YAML, and a closing "---".",
        "networks/random-bytes.md": "- : The file is not valid UTF-8 text. Save it as UTF-8 (it may be a binary file or use another encoding).",
        "networks/same-relation-twice.md": "12 relations[1].target: The relation “partner” to “twin” is listed twice. Remove the repeat (put both notes in one).",
        "networks/stray.txt": "- : Only .md and .mdx files belong in this folder. Rename or move the file.",
        "networks/toml.md": "1 : Write the fields as YAML between two "---" lines (TOML "+++" frontmatter is not used in the catalogue).",
        "networks/twin-lookalike.md": undefined,
        "networks/twin.md": "2 name: The name “Twin Network” is already used by src/content/networks/twin-lookalike.md. Names must be unique: merge the two entries, or make the names distinct.",
        "networks/unknown-country.md": "8 members[0].country: Unknown country “Absurdistan”. Write an ISO 3166-1 alpha-2 code (XK for Kosovo) or a name listed in src/data/countries.ts or src/data/country-aliases.ts.",
        "networks/unknown-key.md": "12 memberz: Unknown field “memberz” (did you mean “members”?). Remove it or correct its spelling; allowed fields here: name, acronym, alternativeNames, laterNames, summary, regions, crimeAreas, instruments, members, unresolvedMembers, memberOrganisations, membersDefinedBy, host, seat, established, status, website, sources, asOf, lastReviewed, relations, caveats, type, cdpcSection.",
        "networks/wrong-types.md": "5 regions: Expected array but found string “europe”.",
        "organisations/org.yaml": undefined,
        "organisations/org.yml": "1 id: The organisation id “org” is already used by src/content/organisations/org.yaml. Remove one of the two files.",
        "practices/twin.md": "2 id: The id “twin” is already used by src/content/networks/twin.md. Ids are unique across all kinds: rename one of the files.",
      }
    `);
  });

  it('warns about a name that mixes scripts, such as a Cyrillic “Е” in “Eurojust”', () => {
    expect(
      result.problems
        .filter((p) => p.file === 'src/content/networks/lookalike.md' && !p.message.startsWith('No French translation'))
        .map((p) => `${p.severity} ${p.field}: ${p.message}`),
    ).toEqual([
      'warning name: The name mixes Latin and Cyrillic letters, which can look alike (a Cyrillic “Е” looks like a Latin “E”). Retype the name in one script, unless the mix is intended.',
    ]);
  });
});

describe('validator at scale', () => {
  // No pattern or suggestion may be super-linear: a quadratic step would take minutes here
  // (docs/performance.md has the measured time; `npm run bench` reports it).
  it('reads a 1 MB entry with long values, and cuts them in messages', { timeout: 30_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), 'catalogue-large-'));
    try {
      mkdirSync(join(dir, 'src/content/networks'), { recursive: true });
      const filler = 'An entry body, with [links](https://example.org/) and `code` and <abbr title="x">a</abbr>. '.repeat(9_000);
      const big = valid('Large Network', `caveats: ["${'long caveat '.repeat(20_000)}"]\n`).replace(
        'country: AL',
        `country: "${'Absurdistan '.repeat(8_000)}"`,
      );
      writeFileSync(join(dir, 'src/content/networks/large.md'), `${big}${filler}`.slice(0, 999_000));
      const { problems } = validateContent(dir, { today: '2026-11-23', contentDir: 'src/content' });
      expect(problems.map((p) => p.field)).toContain('members[0].country');
      for (const p of problems) expect(p.message.length, p.message.slice(0, 80)).toBeLessThan(600);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
