/**
 * A generated corpus of broken entries: the validator must never crash, must report each
 * file with its own clear message, and must still accept a valid file saved with a BOM
 * and CRLF line endings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
};

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'catalogue-validate-'));
  for (const kind of ['networks', 'practices', 'programmes', 'organisations']) mkdirSync(join(root, 'src/content', kind), { recursive: true });
  for (const [path, content] of Object.entries(files)) writeFileSync(join(root, 'src/content', path), content);
  result = validateContent(root, '2026-11-23');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

const errorsOf = (file: string) =>
  result.problems.filter((p) => p.file === `src/content/${file}` && p.severity === 'error').map((p) => `${p.line ?? '-'} ${p.field}: ${p.message}`);

describe('validator on a broken corpus', () => {
  it('reports every broken file and never crashes', () => {
    // networks/twin.md is the first of the twins; the duplicate is reported on the second.
    const broken = Object.keys(files).filter((f) => f !== 'networks/good-crlf-bom.md' && f !== 'networks/twin.md');
    for (const file of broken) expect(errorsOf(file), file).not.toEqual([]);
  });

  it('accepts a valid file with a BOM and CRLF line endings', () => {
    expect(errorsOf('networks/good-crlf-bom.md')).toEqual([]);
  });

  it('gives each problem its own clear message, with the line where it can', () => {
    expect(Object.fromEntries(Object.keys(files).filter((f) => f !== 'networks/good-crlf-bom.md').map((f) => [f, errorsOf(f)[0]]))).toMatchInlineSnapshot(`
      {
        "networks/Bad Name.md": "1 id: The file name “Bad Name” is not a valid id. Rename the file in kebab-case, e.g. bad-name.",
        "networks/bad-yaml.md": "3 : YAML syntax error: Flow sequence in block collection must be sufficiently indented and end with a ] at line 2, column 1. Check indentation, colons and quotes (values containing ": " need quotes).",
        "networks/dangling.md": "12 relations[0].target: No entry with id “no-such-entry”. Use the file name (without extension) of an entry in src/content/.",
        "networks/deep.md": "2 : YAML syntax error: Maximum call stack size exceeded at line 1, column 796. Check indentation, colons and quotes (values containing ": " need quotes).",
        "networks/empty.md": "- : The file is empty. Start from a template: npm run new -- network "Name".",
        "networks/huge.md": "- : The file is 5.5 MB; entries are limited to 1 MB. Shorten the body or split out long annexes.",
        "networks/list-frontmatter.md": "2 : The frontmatter must be a set of “field: value” lines.",
        "networks/no-frontmatter.md": "1 : No frontmatter found. The file must start with a line "---", the fields in YAML, and a closing "---".",
        "networks/random-bytes.md": "- : The file is not valid UTF-8 text. Save it as UTF-8 (it may be a binary file or use another encoding).",
        "networks/stray.txt": "- : Only .md and .mdx files belong in this folder. Rename or move the file.",
        "networks/twin.md": undefined,
        "networks/unknown-country.md": "8 members[0].country: Unknown country “Absurdistan”. Write an ISO 3166-1 alpha-2 code (XK for Kosovo) or a name listed in src/data/countries.ts or src/data/country-aliases.ts.",
        "networks/unknown-key.md": "12 memberz: Unknown field “memberz” (did you mean “members”?). Remove it or correct its spelling; allowed fields here: name, acronym, alternativeNames, laterNames, summary, regions, crimeAreas, instruments, members, unresolvedMembers, memberOrganisations, membersDefinedBy, host, seat, established, status, website, sources, asOf, lastReviewed, relations, caveats, type, cdpcSection.",
        "networks/wrong-types.md": "5 regions: Expected array but found string “europe”.",
        "practices/twin.md": "2 id: The id “twin” is already used by src/content/networks/twin.md. Ids are unique across all kinds: rename one of the files.",
      }
    `);
  });
});
