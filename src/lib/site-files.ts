/**
 * The machine-read files around the pages: sitemap, robots.txt and the Atom feed. Pure
 * functions over plain data, so the endpoints in src/pages stay one-liners and the XML is
 * tested without a build. Every URL is absolute (SITE_URL + base path), as the formats need.
 */
import type { Catalogue } from './build-catalogue.ts';
import type { Entry } from './model.ts';
import { KINDS } from '../schemas/vocabularies.ts';
import { countryPath, kindPath, withBase } from './urls.ts';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

/** Absolute URL of a site path (written without leading slash). */
export const absoluteUrl = (site: URL | string, base: string, path = '') => new URL(withBase(base, path), site).href;

/**
 * Every HTML page the site builds except 404, as site paths. Mirrors the routes in
 * src/pages; tests/build.test.ts compares it with the built HTML files so the two cannot drift.
 */
export function pagePaths(catalogue: Pick<Catalogue, 'entries' | 'countries'>): string[] {
  return [
    '',
    'about/',
    'search/',
    'countries/',
    'finder/',
    'map/',
    'overlaps/',
    'relationships/',
    ...[...KINDS.keys()].map(kindPath),
    ...catalogue.entries.map((e) => e.path),
    ...catalogue.countries.map((c) => countryPath(c.code)),
  ];
}

export function sitemapXml(urls: string[]): string {
  const items = urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`).join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${items}\n</urlset>\n`;
}

export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** When an entry last changed as far as a reader is concerned: the later of review and edit. */
export const updatedOn = (e: Pick<Entry, 'lastReviewed' | 'lastChanged'>) =>
  e.lastChanged > e.lastReviewed ? e.lastChanged : e.lastReviewed;

export interface FeedOptions {
  title: string;
  /** Absolute URL of the home page; also the feed's id. */
  home: string;
  /** Absolute URL of feed.xml itself. */
  self: string;
  author: string;
  url: (entry: Entry) => string;
}

/** Atom 1.0 feed of the entries, most recently updated first (ties by name, for a stable file). */
export function atomFeed(entries: Entry[], o: FeedOptions): string {
  const sorted = [...entries].sort((a, b) => updatedOn(b).localeCompare(updatedOn(a)) || a.name.localeCompare(b.name));
  const stamp = (day: string) => `${day}T00:00:00Z`;
  const items = sorted.map((e) => {
    const url = o.url(e);
    return [
      '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(e.acronym ? `${e.name} (${e.acronym})` : e.name)}</title>`,
      `    <updated>${stamp(updatedOn(e))}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <summary type="text">${escapeXml(e.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const newest = sorted[0] ? updatedOn(sorted[0]) : '1970-01-01';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(o.home)}</id>`,
    `  <title>${escapeXml(o.title)}</title>`,
    `  <updated>${stamp(newest)}</updated>`,
    `  <author><name>${escapeXml(o.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(o.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(o.home)}"/>`,
    ...items,
    '</feed>',
    '',
  ].join('\n');
}
