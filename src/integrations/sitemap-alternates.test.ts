import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { alternatesFromPages, pageAlternates } from './sitemap-alternates.ts';

const page = (head: string) =>
  `<!doctype html><html><head>${head}</head><body><link rel="alternate" hreflang="de" href="/x"></body></html>`;
const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const write = (path: string, html: string) => {
  mkdirSync(join(dir, path), { recursive: true });
  writeFileSync(join(dir, path, 'index.html'), html);
};

describe('sitemap alternates from the pages', () => {
  it('reads the canonical and hreflang links of the head only', () => {
    const html = page(
      '<link rel="canonical" href="https://s.org/a/"><link rel="alternate" hreflang="en" href="https://s.org/a/"><link rel="alternate" hreflang="fr" href="https://s.org/fr/a/"><link rel="alternate" type="application/atom+xml" href="/feed.xml">',
    );
    expect(pageAlternates(html)).toEqual({
      canonical: 'https://s.org/a/',
      links: [
        { lang: 'en', url: 'https://s.org/a/' },
        { lang: 'fr', url: 'https://s.org/fr/a/' },
      ],
    });
  });

  it('gives each URL its page’s alternates, and leaves out a page whose canonical is another page', () => {
    write(
      'a',
      page('<link rel="canonical" href="https://s.org/cat/a/"><link rel="alternate" hreflang="fr" href="https://s.org/cat/fr/a/">'),
    );
    write('fr/b', page('<link rel="canonical" href="https://s.org/cat/b/">'));
    const serialize = alternatesFromPages(dir, '/cat/');
    expect(serialize({ url: 'https://s.org/cat/a/' })).toEqual({
      url: 'https://s.org/cat/a/',
      links: [{ lang: 'fr', url: 'https://s.org/cat/fr/a/' }],
    });
    expect(serialize({ url: 'https://s.org/cat/fr/b/' })).toBeUndefined();
  });
});
