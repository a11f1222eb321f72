/**
 * Search in a real browser against the built site: Pagefind loads from the site's own
 * origin, queries find entries, filters narrow (AND across facets) and widen (OR within
 * one facet), browse mode works with no query, and the state lives in the URL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { rootBuild } from '../helpers/builds.ts';

let browser: Browser;
let server: StaticServer;
let page: Page;
const problems: string[] = [];

beforeAll(async () => {
  server = await serveStatic(rootBuild, '/');
  browser = await launchBrowser();
  page = await browser.newPage();
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Loads the search page with a query string and returns the result titles, sorted. */
async function results(query: string): Promise<string[]> {
  await page.goto(`${server.url}search/${query}`);
  await page.waitForFunction(() => /found|No entry/.test(document.querySelector('#status')?.textContent ?? ''));
  await page.waitForFunction(() => document.querySelectorAll('#results li').length > 0 || /No entry/.test(document.querySelector('#status')!.textContent!));
  // Results come a page at a time: show them all, so the comparisons below see every result.
  while (await page.locator('#more').isVisible()) {
    const shown = await page.locator('#results li').count();
    await page.locator('#more').click();
    await page.waitForFunction((n) => document.querySelectorAll('#results li').length > n, shown);
  }
  return (await page.locator('#results li h3').allTextContents()).sort();
}

/** Result URLs' paths, sorted. */
async function resultPaths(): Promise<string[]> {
  const hrefs = await page.locator('#results li h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.sort();
}

describe('search', () => {
  it('finds an entry by name', async () => {
    const titles = await results('?q=IberRed');
    expect(titles[0]).toMatch(/IberRed/);
    expect(await resultPaths()).toContain('/networks/iberred/');
  });

  it('narrows with a country filter and widens with a second value of the same filter', async () => {
    const all = await results('?q=network');
    const albania = await results('?q=network&country=AL');
    const albaniaOrJapan = await results('?q=network&country=AL&country=JP');
    expect(albania.length).toBeGreaterThan(0);
    expect(albania.length).toBeLessThan(all.length);
    expect(albaniaOrJapan.length).toBeGreaterThan(albania.length);
    for (const title of albania) expect(albaniaOrJapan).toContain(title);
  });

  it('combines different filters with AND and browses without a query', async () => {
    const albania = await results('?country=AL');
    const albaniaMoney = await results('?country=AL&crime=money-laundering-asset-recovery');
    expect(albania.length).toBeGreaterThan(albaniaMoney.length);
    expect(albaniaMoney.length).toBeGreaterThan(0);
    expect(await resultPaths()).toContain('/networks/carin/');
  });

  it('keeps the form and the URL in step, so a search can be shared', async () => {
    await results('?q=asset');
    await page.getByRole('checkbox', { name: 'Albania' }).check();
    await page.waitForURL(/country=AL/);
    expect(new URL(page.url()).searchParams.getAll('country')).toEqual(['AL']);
    await page.getByRole('searchbox').fill('confiscation');
    await page.getByRole('searchbox').press('Enter');
    await page.waitForURL(/q=confiscation/);
    const shared = page.url();
    await page.goto('about:blank');
    await page.goto(shared);
    await expect.poll(() => page.getByRole('checkbox', { name: 'Albania' }).isChecked()).toBe(true);
    expect(await page.getByRole('searchbox').inputValue()).toBe('confiscation');
  });

  it('ran without console errors', () => {
    expect(problems).toEqual([]);
  });
});
