/**
 * Page-weight budget per template: what a reader on a slow connection downloads before
 * using search. For the home page and every entry page, the HTML plus the stylesheets and
 * scripts it loads (following static imports, not dynamic ones such as Pagefind), each
 * measured gzip-compressed as a server would send it. The search page's first query is
 * measured in the browser (tests/browser/search-weight.test.ts).
 */
import { gzipSync } from 'node:zlib';
import { KINDS } from '../../src/schemas/vocabularies.ts';
import { tags } from './html.ts';
import type { Check, Problem, Site, SitePage } from './types.ts';

export interface Budget {
  /** HTML + CSS + JS, gzip bytes. */
  totalBytes: number;
  /** JavaScript alone, gzip bytes. */
  scriptBytes: number;
}

export const DEFAULT_BUDGET: Budget = { totalBytes: 60 * 1024, scriptBytes: 10 * 1024 };

const STATIC_IMPORT = /(?:\bfrom\s*|\bimport\s*)["']([^"']+\.m?js)["']/g;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The pages the budget applies to: the home page and every entry page. */
export function budgetedPages(site: Site): SitePage[] {
  const entry = new RegExp(`^(${[...KINDS.keys()].join('|')})/[^/]+/index\\.html$`);
  return site.pages.filter((p) => p.file === 'index.html' || entry.test(p.file));
}

export interface Weight {
  total: number;
  script: number;
  /** Each resource with its compressed size, for the report. */
  resources: Map<string, number>;
  missing: string[];
}

export function weigh(site: Site, page: SitePage): Weight {
  const resources = new Map<string, number>([[page.url, gzipSync(page.html).length]]);
  const missing: string[] = [];
  let script = 0;
  const here = new URL(page.url, 'http://site.invalid');
  const load = (ref: string, from: URL, isScript: boolean) => {
    const url = new URL(ref, from);
    if (url.origin !== here.origin || resources.has(url.pathname)) return;
    const body = site.read(url.pathname);
    if (!body) return void missing.push(url.pathname);
    const size = gzipSync(body).length;
    resources.set(url.pathname, size);
    if (!isScript) return;
    script += size;
    for (const m of body.toString('utf8').matchAll(STATIC_IMPORT)) load(m[1]!, url, true);
  };
  for (const tag of tags(page.html)) {
    const rel = (tag.attrs.get('rel') ?? '').toLowerCase().split(/\s+/);
    if (tag.name === 'link' && rel.includes('stylesheet') && tag.attrs.get('href')) load(tag.attrs.get('href')!, here, false);
    if (tag.name === 'link' && rel.includes('modulepreload') && tag.attrs.get('href')) load(tag.attrs.get('href')!, here, true);
    if (tag.name === 'script' && tag.attrs.get('src')) load(tag.attrs.get('src')!, here, true);
  }
  const total = [...resources.values()].reduce((a, b) => a + b, 0);
  return { total, script, resources, missing };
}

export function pageWeight(budget: Budget = DEFAULT_BUDGET): Check {
  return {
    name: 'page-weight',
    run(site) {
      const issues: Problem[] = [];
      for (const page of budgetedPages(site)) {
        const w = weigh(site, page);
        const biggest = [...w.resources]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 3)
          .map(([u, s]) => `${u} ${kb(s)}`)
          .join(', ');
        for (const m of w.missing)
          issues.push({
            check: 'page-weight',
            file: page.file,
            field: m,
            message: 'resource loaded by the page is missing',
            fix: 'correct the reference',
            severity: 'error',
          });
        if (w.total > budget.totalBytes) {
          issues.push({
            check: 'page-weight',
            file: page.file,
            field: `HTML+CSS+JS ${kb(w.total)}`,
            message: `over the ${kb(budget.totalBytes)} budget (gzip); largest: ${biggest}`,
            fix: 'move content or code off this template, or load it only when used',
            severity: 'error',
          });
        }
        if (w.script > budget.scriptBytes) {
          issues.push({
            check: 'page-weight',
            file: page.file,
            field: `JavaScript ${kb(w.script)}`,
            message: `over the ${kb(budget.scriptBytes)} script budget (gzip)`,
            fix: 'load the script on interaction (dynamic import) or drop it from this template',
            severity: 'error',
          });
        }
      }
      return issues;
    },
  };
}
