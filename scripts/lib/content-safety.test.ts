/**
 * The hostile corpus (tests/fixtures/hostile/: every trigger found when the old pattern-based
 * check was attacked, and the variants found since) is refused by `npm run validate`, each file
 * named; the allowed fixture, which uses everything an entry may contain, passes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkBodySafety } from './content-safety.ts';
import { validateContent, type ValidationResult } from './validate-content.ts';

const fixtures = join(import.meta.dirname, '..', '..', 'tests', 'fixtures');
const hostile = readdirSync(join(fixtures, 'hostile')).sort();
const body = (mdx: string) => mdx.slice(mdx.indexOf('\n---\n', 4) + 5);

let root: string;
let result: ValidationResult;

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'catalogue-hostile-'));
  const networks = join(root, 'src', 'content', 'networks');
  mkdirSync(networks, { recursive: true });
  for (const name of hostile)
    cpSync(join(fixtures, 'hostile', name), join(networks, `hostile-${name.replace(/\.(mdx?)$/, '')}.${name.split('.').pop()}`));
  cpSync(join(fixtures, 'allowed.mdx'), join(networks, 'allowed.mdx'));
  writeFileSync(
    join(networks, 'eurojust.md'),
    [
      '---',
      'name: Eurojust',
      'summary: The European Union agency for criminal justice cooperation, named here for the allowed fixture.',
      'type: judicial-network',
      'regions: [european-union]',
      'crimeAreas: [organised-crime]',
      'status: active',
      'sources: [{ document: web, locator: "fixture", title: "Fixture", url: "https://example.org/" }]',
      'asOf: 2017',
      'lastReviewed: 2026-11-23',
      '---',
      '',
      'Text.',
      '',
    ].join('\n'),
  );
  // Missing translations are not what this corpus is about.
  result = validateContent(root, { today: '2026-11-23', contentDir: 'src/content' });
  result.problems = result.problems.filter((p) => !p.message.startsWith('No French translation'));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the hostile corpus', () => {
  it.each(hostile)('refuses %s, naming the file', (name) => {
    const file = `src/content/networks/hostile-${name}`;
    const errors = result.problems.filter((p) => p.severity === 'error' && p.file === file);
    expect(errors, `${file} was accepted`).not.toEqual([]);
  });

  it('accepts the fixture that uses everything an entry may contain', () => {
    expect(result.problems.filter((p) => p.file.endsWith('allowed.mdx') || p.file.endsWith('eurojust.md'))).toEqual([]);
  });

  it('names the line and says what to do', () => {
    const lines = result.problems.filter((p) => p.file.endsWith('hostile-backtick-masking.mdx'));
    expect(lines.map((p) => `${p.line} ${p.field}: ${p.message}`)).toEqual([
      '15 body: JavaScript expressions in braces { } are not allowed in entries. Write the text plainly; to show a brace, escape it as \\{ or put it in `code`.',
    ]);
  });
});

describe('checkBodySafety', () => {
  it('decides on the parsed tree: code spans and fences are text, and so is everything in them', () => {
    expect(checkBodySafety('Use `{x}` and `<script>`.\n\n```\n{x} <script>\n```\n', { mdx: true }).problems).toEqual([]);
    expect(checkBodySafety('`` a ` b `` then {x}\n', { mdx: true }).problems.map((p) => p.line)).toEqual([1]);
  });

  it('reports an MDX syntax error at its line instead of crashing', () => {
    expect(checkBodySafety('One.\n\nTwo <br> three.\n', { mdx: true }).problems).toEqual([
      expect.objectContaining({ line: 3, message: expect.stringMatching(/^The MDX could not be read: .*<br \/> in MDX/) }),
    ]);
  });

  it('collects EntryLink ids for the catalogue-wide check', () => {
    expect(
      checkBodySafety('See <EntryLink id="carin" /> and\n<EntryLink id="eurojust">it</EntryLink>.\n', { mdx: true }).entryLinks,
    ).toEqual([
      { id: 'carin', line: 1 },
      { id: 'eurojust', line: 2 },
    ]);
  });

  it('reads every body of the corpus without throwing', () => {
    for (const name of hostile) {
      const text = body(readFileSync(join(fixtures, 'hostile', name), 'utf8'));
      expect(() => checkBodySafety(text, { mdx: name.endsWith('.mdx') }), name).not.toThrow();
    }
  });
});
