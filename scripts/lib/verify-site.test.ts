import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { verifySite } from './verify-site.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'verify-site-'));
  dirs.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return dir;
}

// A complete site in the configured languages (English at the root, French under /fr/).
const complete = {
  'index.html': 'home',
  '404.html': 'not found',
  'fr/index.html': 'accueil',
  'fr/404.html': 'page introuvable',
  'networks/carin/index.html': 'carin',
  'fr/networks/carin/index.html': 'carin',
  'data/catalogue.json': JSON.stringify({ entries: [{ id: 'carin', kind: 'networks' }] }),
  'data/entries/carin.json': '{}',
  'pagefind/pagefind.js': '',
  'pagefind/pagefind.en_1.pf_meta': '',
  'pagefind/pagefind-entry.json': JSON.stringify({ languages: { en: { page_count: 1 }, fr: { page_count: 1 } } }),
};

describe('verifying a new site before it is published', () => {
  it('accepts a complete site', () => {
    expect(verifySite(site(complete))).toEqual([]);
  });

  it('names what a stage that died left missing', () => {
    const { 'pagefind/pagefind.js': _a, 'data/entries/carin.json': _b, 'fr/networks/carin/index.html': _c, ...partial } = complete;
    expect(
      verifySite(
        site({
          ...partial,
          'pagefind/pagefind-entry.json': JSON.stringify({ languages: { en: { page_count: 0 }, fr: { page_count: 0 } } }),
        }),
      ),
    ).toEqual([
      'pagefind/pagefind.js is missing',
      '1 entry page(s) missing, e.g. fr/networks/carin/',
      '1 data/entries/<id>.json file(s) missing, e.g. carin',
      'the search index holds 0 page(s), expected 2',
    ]);
  });

  it('expects every language’s home and 404 pages, and one index per language', () => {
    const { 'fr/404.html': _a, ...noFrench404 } = complete;
    expect(
      verifySite(site({ ...noFrench404, 'pagefind/pagefind-entry.json': JSON.stringify({ languages: { en: { page_count: 1 } } }) })),
    ).toEqual(['fr/404.html is missing', 'the search index holds 1 page(s), expected 2', 'the search index has no “fr” language']);
  });
});
