/**
 * The built fixture catalogue against its content: every content file has its page and its
 * export record, only entry pages are indexed, and nothing a strict CSP would block is emitted.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { FIXTURE_CONTENT, ROOT, SUB_PATH, fixture } from '../helpers/builds.ts';
import { KINDS } from '../../src/schemas/vocabularies.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';

const rootBuild = fixture.root;
const subBuild = fixture.sub;

const contentFiles = [...KINDS.keys()].flatMap((kind) =>
  readdirSync(join(ROOT, FIXTURE_CONTENT, kind))
    .filter((f) => /^[^.]+\.mdx?$/.test(f))
    .map((f) => ({ kind, id: f.replace(/\.mdx?$/, '') })),
);

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => join(d.parentPath, d.name));
}

const catalogue = JSON.parse(readFileSync(join(rootBuild, 'data/catalogue.json'), 'utf8')) as {
  generated: string;
  entries: Array<{ id: string; kind: string; url: string; members: Array<{ country: string; role: string }> }>;
};

describe('the built catalogue', () => {
  it('has content of every kind to build', () => {
    expect(new Set(contentFiles.map((f) => f.kind))).toEqual(new Set(KINDS.keys()));
  });

  it('has a page for every content file', () => {
    const missing = contentFiles.filter(({ kind, id }) => !existsSync(join(rootBuild, kind, id, 'index.html')));
    expect(missing).toEqual([]);
  });

  it('exports every content file, and nothing else, to catalogue.json', () => {
    expect(Date.parse(catalogue.generated)).not.toBeNaN();
    const exported = catalogue.entries.map((e) => `${e.kind}/${e.id}`).sort();
    expect(exported).toEqual(contentFiles.map(({ kind, id }) => `${kind}/${id}`).sort());
    for (const e of catalogue.entries) {
      expect(e.url).toBe(`/${e.kind}/${e.id}/`);
      for (const m of e.members) expect(m.country).toMatch(/^[A-Z]{2}$/);
    }
  });

  it('writes one CSV row per entry–member pair', () => {
    const rows = readFileSync(join(rootBuild, 'data/catalogue.csv'), 'utf8').trim().split('\r\n');
    const expected = catalogue.entries.reduce((n, e) => n + Math.max(1, e.members.length), 0);
    expect(rows.length - 1).toBe(expected);
  });

  it('marks only entry pages for the search index', () => {
    const pages = htmlFiles(rootBuild);
    const indexed = pages.filter((p) => readFileSync(p, 'utf8').includes('data-pagefind-body'));
    // Each entry's page in each language, and nothing else.
    expect(indexed.length).toBe(contentFiles.length * LOCALE_CODES.length);
    for (const p of indexed) expect(p).toMatch(/\/(fr\/)?(networks|programmes|practices)\/[a-z0-9-]+\/index\.html$/);
    const entryMeta = JSON.parse(readFileSync(join(rootBuild, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    for (const lang of LOCALE_CODES) expect(entryMeta.languages[lang]?.page_count).toBe(contentFiles.length);
  });

  it('indexes each entry with its filters, its other names, and no filter keys in its text', () => {
    // Pagefind fragments: gzip of a signature followed by the page's JSON record.
    const dir = join(rootBuild, 'pagefind/fragment');
    type Fragment = { url: string; content: string; filters: Record<string, string[]> };
    const fragments = new Map<string, Fragment>();
    for (const file of readdirSync(dir)) {
      const text = gunzipSync(readFileSync(join(dir, file))).toString('utf8');
      const record = JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
      fragments.set(record.url, record);
    }
    expect(fragments.size).toBe(contentFiles.length * LOCALE_CODES.length);
    const all = JSON.parse(readFileSync(join(rootBuild, 'data/catalogue.json'), 'utf8')) as {
      entries: Array<{
        url: string;
        kind: string;
        regions: string[];
        crimeAreas: string[];
        alternativeNames: string[];
        members: Array<{ country: string }>;
      }>;
    };
    for (const entry of all.entries) {
      const fragment = fragments.get(entry.url);
      expect(fragment, entry.url).toBeDefined();
      if (!fragment) continue;
      expect(fragment.filters['kind']).toEqual([entry.kind]);
      // The region filter also matches the regions the members lie in (src/data/regions.ts).
      expect(fragment.filters['region']).toEqual(expect.arrayContaining(entry.regions));
      expect([...(fragment.filters['crime'] ?? [])].sort()).toEqual([...entry.crimeAreas].sort());
      for (const m of entry.members) expect(fragment.filters['country'], entry.url).toContain(m.country);
      for (const name of entry.alternativeNames) expect(fragment.content, entry.url).toContain(name);
      // The hidden filter values must not reach the text as one run-together word
      // ("networkseuropeasset-recovery…", "ALBAHR…"), which would show in excerpts.
      const runs = [`${entry.kind}${entry.regions[0] ?? entry.crimeAreas[0] ?? ''}`, entry.members.map((m) => m.country).join('')];
      for (const run of runs.filter((r) => r.length > 8)) expect(fragment.content, entry.url).not.toContain(run);
    }
  });

  it('emits no inline scripts (JSON-LD data apart), inline styles or event handlers', () => {
    for (const page of htmlFiles(rootBuild)) {
      const html = readFileSync(page, 'utf8');
      expect(html, page).not.toMatch(/<script(?![^>]*\b(?:src=|type="application\/ld\+json"))[^>]*>/);
      expect(html, page).not.toMatch(/<style[\s>]/);
      expect(html, page).not.toMatch(/\sstyle="/);
      expect(html, page).not.toMatch(/\son[a-z]+="/);
    }
  });

  it('prefixes every internal link and asset, in templates and in Markdown bodies, with the base path in a sub-path build', () => {
    for (const page of htmlFiles(subBuild)) {
      const html = readFileSync(page, 'utf8');
      for (const [, url] of html.matchAll(/(?:href|src|action|poster)="(\/[^"]*)"/g)) {
        expect(url, `${page}: ${url}`).toMatch(new RegExp(`^${SUB_PATH}`));
      }
    }
    const sub = JSON.parse(readFileSync(join(subBuild, 'data/catalogue.json'), 'utf8')) as typeof catalogue;
    expect(sub.entries[0]!.url.startsWith(SUB_PATH)).toBe(true);
  });
});

describe('MDX entries with the allowed components', () => {
  it('render EntryLink and Aside, with links under the base path', () => {
    for (const [dist, base] of [
      [rootBuild, '/'],
      [subBuild, SUB_PATH],
    ] as const) {
      const html = readFileSync(join(dist, 'networks/baltic-judges-forum/index.html'), 'utf8');
      expect(html).toContain(`href="${base}networks/atlantic-prosecutors-network/">Atlantic Prosecutors Network</a>`);
      expect(html).toContain(`href="${base}networks/coastal-cybercrime-network/">the coastal network</a>`);
      expect(html).toMatch(/<aside class="panel" aria-label="Good to know">/);
    }
  });
});
