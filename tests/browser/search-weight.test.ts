/**
 * Page-weight budget for the search page (the other templates are measured over dist by
 * scripts/checks/page-weight.ts): everything the browser downloads to open the search
 * page and show the first query's results, gzip-compressed as a server would send it,
 * stays within 150 KB. Pagefind's index chunks are already compressed, so each response
 * counts at the smaller of its raw and gzipped size.
 */
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { rootBuild } from '../helpers/builds.ts';

const BUDGET = 150 * 1024;

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  server = await serveStatic(rootBuild, '/');
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the search page with a query and returns each response's transferred size, by path. */
async function firstQueryWeight(url: string): Promise<Map<string, number>> {
  const page = await browser.newPage();
  const sizes = new Map<string, number>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => void sizes.set(new URL(response.url()).pathname, Math.min(body.length, gzipSync(body).length)),
        () => undefined,
      ),
    );
  });
  await page.goto(url);
  await page.waitForFunction(() => document.querySelectorAll('#results li').length > 0);
  await page.waitForLoadState('networkidle');
  await Promise.all(pending);
  await page.close();
  return sizes;
}

describe('search page weight', () => {
  it(`first query downloads at most ${BUDGET / 1024} KB`, async () => {
    const sizes = await firstQueryWeight(`${server.url}search/?q=network`);
    const total = [...sizes.values()].reduce((a, b) => a + b, 0);
    const paths = [...sizes.keys()];
    // The measurement must include the page, the search code and Pagefind's index.
    expect(paths).toContain('/search/');
    expect(paths.some((p) => p.startsWith('/pagefind/') && p.endsWith('.pf_fragment'))).toBe(true);
    const largest = [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 5).map(([p, s]) => `${p} ${(s / 1024).toFixed(1)} KB`);
    expect(total, `first query: ${(total / 1024).toFixed(1)} KB; largest: ${largest.join(', ')}`).toBeLessThanOrEqual(BUDGET);
    console.log(`search first query: ${(total / 1024).toFixed(1)} KB over ${sizes.size} responses`);
  });
});
