/**
 * The machine-read files of both builds: sitemap, robots.txt, Atom feed, per-entry JSON and
 * the published JSON Schema, all with absolute URLs under SITE_URL and the base path.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { SITE, SUB_PATH, fixture } from '../helpers/builds.ts';
import { checkJsonSchema } from '../../scripts/lib/json-schema-check.ts';
const read = (dist: string, file: string) => readFileSync(join(dist, file), 'utf8');

/** Public URLs of the built HTML pages, from the files on disk. */
function builtPages(dist: string, base: string): string[] {
  return readdirSync(dist, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name === 'index.html' && !d.parentPath.includes('pagefind'))
    .map((d) => relative(dist, d.parentPath).split(sep).join('/'))
    .map((dir) => `${SITE}${base}${dir ? `${dir}/` : ''}`)
    .sort();
}

describe.each([
  ['root', fixture.root, '/'],
  ['sub-path', fixture.sub, SUB_PATH],
])('the %s build', (_, dist, base) => {
  const catalogue = JSON.parse(read(dist, 'data/catalogue.json')) as {
    entries: Array<Record<string, unknown> & { id: string; lastReviewed: string; url: string }>;
  };

  it('lists every page except 404 and the French pages shown in English in the sitemap (@astrojs/sitemap), and robots.txt points to it', () => {
    expect(read(dist, 'sitemap-index.xml')).toContain(`<loc>${SITE}${base}sitemap-0.xml</loc>`);
    const locs = [...read(dist, 'sitemap-0.xml').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!).sort();
    // A page whose canonical address is another's (an entry not translated, or whose translation
    // is out of date, on the French site) is left out: a sitemap lists canonical addresses.
    const fallbacks = ['fr/networks/desert-information-network/', 'fr/practices/eastern-police-chiefs/'].map((p) => `${SITE}${base}${p}`);
    expect(locs).toEqual(builtPages(dist, base).filter((p) => !fallbacks.includes(p)));
    expect(locs).toContain(`${SITE}${base}networks/atlantic-prosecutors-network/`);
    expect(read(dist, 'robots.txt')).toContain(`Sitemap: ${SITE}${base}sitemap-index.xml`);
  });

  it('publishes an Atom feed of every entry, newest first, linking to the pages', () => {
    const feed = read(dist, 'feed.xml');
    const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
    expect(entries).toHaveLength(catalogue.entries.length);
    const updated = entries.map((e) => /<updated>(\d{4}-\d{2}-\d{2})T00:00:00Z<\/updated>/.exec(e)![1]!);
    expect(updated).toEqual([...updated].sort().reverse());
    for (const e of entries) {
      const link = /<link rel="alternate" type="text\/html" href="([^"]+)"\/>/.exec(e)![1]!;
      expect(link.startsWith(`${SITE}${base}`)).toBe(true);
      expect(e).toContain(`<id>${link}</id>`);
      expect(e).toMatch(/<title>[^<]+<\/title>[\s\S]*<summary type="text">[^<]+<\/summary>/);
    }
    expect(feed).toContain(`<link rel="self" type="application/atom+xml" href="${SITE}${base}feed.xml"/>`);
    expect(read(dist, 'index.html')).toContain(
      `<link rel="alternate" type="application/atom+xml" title="Catalogue of international judicial cooperation networks" href="${base}feed.xml">`,
    );
  });

  it('writes each entry’s record to data/entries/<id>.json, identical to catalogue.json', () => {
    const files = readdirSync(join(dist, 'data/entries')).sort();
    expect(files).toEqual(catalogue.entries.map((e) => `${e.id}.json`).sort());
    for (const record of catalogue.entries) expect(JSON.parse(read(dist, `data/entries/${record.id}.json`))).toEqual(record);
  });

  it('validates catalogue.json against the published JSON Schema', () => {
    const schema = JSON.parse(read(dist, 'data/catalogue.schema.json')) as Record<string, unknown>;
    expect(schema.$id).toBe(`${SITE}${base}data/catalogue.schema.json`);
    expect(checkJsonSchema(JSON.parse(read(dist, 'data/catalogue.json')), schema)).toEqual([]);
    // The schema is strict enough to notice a record that drifted from it.
    const drifted = { ...JSON.parse(read(dist, 'data/catalogue.json')) };
    drifted.entries = [{ ...drifted.entries[0], regions: ['atlantis'] }];
    expect(checkJsonSchema(drifted, schema)).toEqual([expect.stringContaining('.regions[0]: must be one of')]);
  });

  it('gives every page an absolute og:image, a Twitter card and the touch icon and manifest', () => {
    const home = read(dist, 'index.html');
    expect(home).toContain(`<meta property="og:image" content="${SITE}${base}og-image.png">`);
    expect(home).toContain('<meta name="twitter:card" content="summary">');
    for (const file of ['og-image.png', 'apple-touch-icon.png'])
      expect(readFileSync(join(dist, file)).subarray(1, 4).toString()).toBe('PNG');
    const manifest = JSON.parse(read(dist, 'site.webmanifest')) as { icons: Array<{ src: string }> };
    for (const icon of manifest.icons) expect(readdirSync(dist)).toContain(icon.src);
  });
});
