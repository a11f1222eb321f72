/**
 * The sitemap's language alternates, read from each built page's own <link rel="alternate"
 * hreflang> (src/layouts/Base.astro), so the sitemap and the pages always agree: a page translated
 * into both languages lists both (and x-default), a page shown in English on the French site lists
 * none. Used as @astrojs/sitemap's `serialize` in astro.config.mjs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];

/** The canonical address and hreflang alternates a page's <head> declares. */
export function pageAlternates(html: string): { canonical?: string | undefined; links: Array<{ lang: string; url: string }> } {
  const doc = parse(html);
  const htmlElement = doc.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'html');
  const head = htmlElement?.childNodes.find((n): n is Element => 'tagName' in n && n.tagName === 'head');
  const links: Array<{ lang: string; url: string }> = [];
  let canonical: string | undefined;
  for (const node of head?.childNodes ?? []) {
    if (!('tagName' in node) || node.tagName !== 'link') continue;
    const attr = (name: string) => node.attrs.find((a) => a.name === name)?.value;
    const lang = attr('hreflang');
    const url = attr('href');
    if (attr('rel') === 'alternate' && lang && url) links.push({ lang, url });
    if (attr('rel') === 'canonical') canonical = url;
  }
  return { canonical, links };
}

/**
 * `serialize` for @astrojs/sitemap: each URL with the alternates its page declares; a page whose
 * canonical address is another page's (an entry shown in English on the French site) is left
 * out, as a sitemap lists canonical addresses only.
 */
export function alternatesFromPages(outDir: string, base: string) {
  return (item: { url: string; links?: Array<{ lang: string; url: string }> }) => {
    const path = decodeURIComponent(new URL(item.url).pathname).slice(base.length - 1);
    const file = join(outDir, path, path.endsWith('/') ? 'index.html' : '');
    if (!existsSync(file)) return item;
    const { canonical, links } = pageAlternates(readFileSync(file, 'utf8'));
    if (canonical && canonical !== item.url) return undefined;
    const { links: _given, ...rest } = item;
    return links.length > 0 ? { ...rest, links } : rest;
  };
}
