/**
 * The pages of a built site, as the paths a browser asks for: "", "networks/", "404.html"… Used
 * by the tests that visit every page (narrow screens, languages).
 */
import { readdirSync } from 'node:fs';
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
