/**
 * What a reader downloads to open the search page and see the first query's results:
 * each response's size as a server would send it gzip-compressed (Pagefind's index
 * chunks are already compressed, so each counts at the smaller of raw and gzipped).
 * Used by the search page-weight test and by npm run bench.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export async function firstQueryWeight(browser: Browser, url: string): Promise<Map<string, number>> {
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
