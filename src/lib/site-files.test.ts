import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml, robotsTxt, updatedOn } from './site-files.ts';
import type { Entry } from './model.ts';

const entry = (id: string, lastReviewed: string, lastChanged: string, name = id) =>
  ({ id, name, summary: `${name} & <friends>`, path: `networks/${id}/`, lastReviewed, lastChanged }) as Entry;

describe('site files', () => {
  it('escapes XML and points robots.txt at the sitemap', () => {
    expect(escapeXml(`a & <b> "c" 'd'`)).toBe('a &amp; &lt;b&gt; &quot;c&quot; &apos;d&apos;');
    expect(robotsTxt('https://x.org/sub/sitemap.xml')).toMatch(/^Sitemap: https:\/\/x\.org\/sub\/sitemap\.xml$/m);
  });

  it('takes the later of review and change as the update date', () => {
    expect(updatedOn({ lastReviewed: '2026-01-02', lastChanged: '2025-05-05' })).toBe('2026-01-02');
    expect(updatedOn({ lastReviewed: '2024-01-02', lastChanged: '2025-05-05' })).toBe('2025-05-05');
  });

  it('orders the feed newest first and escapes its text', () => {
    const xml = atomFeed(
      [entry('old', '2020-01-01', '2020-01-01'), entry('new', '2020-01-01', '2026-03-04'), entry('mid', '2023-06-01', '2021-01-01')],
      {
        title: 'T',
        home: 'https://x.org/',
        self: 'https://x.org/feed.xml',
        author: 'A',
        url: (e) => `https://x.org/${e.path}`,
      },
    );
    expect([...xml.matchAll(/<entry>\s*<id>https:\/\/x\.org\/networks\/(\w+)\/<\/id>/g)].map((m) => m[1])).toEqual(['new', 'mid', 'old']);
    expect(xml).toMatch(
      /<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">\n {2}<id>https:\/\/x.org\/<\/id>\n {2}<title>T<\/title>\n {2}<updated>2026-03-04T00:00:00Z<\/updated>/,
    );
    expect(xml).toContain('<summary type="text">new &amp; &lt;friends&gt;</summary>');
  });

  it('writes a feed in a language, each entry in it where translated and marked English where not', () => {
    const xml = atomFeed([entry('a', '2020-01-01', '2020-01-01'), entry('b', '2020-01-01', '2021-01-01')], {
      title: 'Catalogue',
      home: 'https://x.org/fr/',
      self: 'https://x.org/fr/feed.xml',
      author: 'A',
      url: (e) => `https://x.org/fr/${e.path}`,
      lang: 'fr',
      text: (e) =>
        e.id === 'a' ? { title: 'Réseau A', summary: 'Résumé', lang: 'fr' } : { title: e.name, summary: e.summary, lang: 'en' },
    });
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">');
    expect(xml).toMatch(/<entry xml:lang="en">\s*<id>https:\/\/x\.org\/fr\/networks\/b\/<\/id>/);
    expect(xml).toMatch(/<entry>\s*<id>https:\/\/x\.org\/fr\/networks\/a\/<\/id>\s*<title>Réseau A<\/title>/);
  });
});
