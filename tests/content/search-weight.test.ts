/**
 * Content test. Page-weight budget for the search page (the other templates are measured over dist by
 * scripts/checks/page-weight.ts): everything the browser downloads to open the search
 * page and show the first query's results stays within 150 KB (see first-query.ts).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { content } from '../helpers/builds.ts';
import { firstQueryWeight } from '../../scripts/lib/first-query.ts';

const BUDGET = 150 * 1024;

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(content.root, '/');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('content: search page weight on the real catalogue, in each language', () => {
  it.each([
    ['', 'network'],
    ['fr/', 'réseau'],
  ])(`first query on /%ssearch/ downloads at most ${BUDGET / 1024} KB`, async (prefix, query) => {
    const sizes = await firstQueryWeight(browser, `${server.url}${prefix}search/?q=${encodeURIComponent(query)}`);
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    const paths = [...sizes.keys()];
    // The measurement must include the page, the search code and Pagefind's index.
    expect(paths).toContain(`/${prefix}search/`);
    expect(paths.some((p) => p.startsWith('/pagefind/') && p.endsWith('.pf_fragment'))).toBe(true);
    const largest = [...sizes]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 5)
      .map(([p, s]) => `${p} ${(s / 1024).toFixed(1)} KB`);
    expect(total, `first query: ${(total / 1024).toFixed(1)} KB; largest: ${largest.join(', ')}`).toBeLessThanOrEqual(BUDGET);
    console.log(`/${prefix}search/ first query: ${(total / 1024).toFixed(1)} KB over ${sizes.size} responses`);
  });
});
