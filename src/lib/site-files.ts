/**
 * The machine-read files around the pages: robots.txt and the Atom feed (the sitemap is
 * written by @astrojs/sitemap). Pure functions over plain data, so the endpoints in src/pages
 * stay one-liners and the XML is tested without a build. Every URL is absolute (SITE_URL +
 * base path), as the formats need.
 */
import type { Entry } from './model.ts';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
export const escapeXml = (text: string) => text.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]!);

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
  /** The feed's language (xml:lang), and each entry's title and summary in it, with their own language. */
  lang?: string;
  text?: (entry: Entry) => { title: string; summary: string; lang?: string | undefined };
}

/** Atom 1.0 feed of the entries, most recently updated first (ties by name, for a stable file). */
export function atomFeed(entries: Entry[], o: FeedOptions): string {
  const sorted = [...entries].sort((a, b) => updatedOn(b).localeCompare(updatedOn(a)) || a.name.localeCompare(b.name));
  const stamp = (day: string) => `${day}T00:00:00Z`;
  const english = (e: Entry) => ({ title: e.acronym ? `${e.name} (${e.acronym})` : e.name, summary: e.summary, lang: undefined });
  const items = sorted.map((e) => {
    const url = o.url(e);
    const text = (o.text ?? english)(e);
    return [
      text.lang && text.lang !== o.lang ? `  <entry xml:lang="${escapeXml(text.lang)}">` : '  <entry>',
      `    <id>${escapeXml(url)}</id>`,
      `    <title>${escapeXml(text.title)}</title>`,
      `    <updated>${stamp(updatedOn(e))}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <summary type="text">${escapeXml(text.summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const newest = sorted[0] ? updatedOn(sorted[0]) : '1970-01-01';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom"${o.lang ? ` xml:lang="${escapeXml(o.lang)}"` : ''}>`,
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
