/**
 * The pages of a built site, as the paths a browser asks for: "", "networks/", "404.html"… Used
 * by the tests that visit every page (narrow screens, languages).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export function sitePages(dir: string): string[] {
  const pages: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, e.name);
      if (e.isDirectory()) {
        if (e.name !== 'pagefind' && e.name !== '_astro' && e.name !== 'data') walk(full);
      } else if (e.name.endsWith('.html')) {
        const rel = relative(dir, full).split(sep).join('/');
        pages.push(rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
      }
    }
  };
  walk(dir);
  return pages.sort();
}

/** One page of each template, as the language tests and the accessibility tests visit them. */
export const TEMPLATE_PAGES = [
  '',
  'networks/',
  'networks/atlantic-prosecutors-network/',
  'networks/desert-information-network/',
  'programmes/western-reform-programme-2009-2011/',
  'practices/',
  'countries/',
  'countries/ke/',
  'search/',
  'finder/',
  'map/',
  'relationships/',
  'overlaps/',
  'about/',
  'accessibility/',
  'languages/',
  'data/',
];

/** The names a built site's open data gives each entry (data/catalogue.json). */
export interface ExportedNames {
  id: string;
  kind: string;
  url: string;
  name: string;
  acronym?: string;
  alternativeNames: string[];
}

export function exportedEntries(dir: string): ExportedNames[] {
  return (JSON.parse(readFileSync(join(dir, 'data/catalogue.json'), 'utf8')) as { entries: ExportedNames[] }).entries;
}
