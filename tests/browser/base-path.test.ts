/**
 * The sub-path build served under /cdpc/catalogue/, as on an institutional site: pages,
 * assets, links and the search bundle all load from under the base, with no 404 and no
 * request to any other origin.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { SUB_PATH, subBuild } from '../helpers/builds.ts';

let browser: Browser;
let server: StaticServer;
let page: Page;
const failures: string[] = [];
const foreign: string[] = [];

beforeAll(async () => {
  server = await serveStatic(subBuild, SUB_PATH);
  browser = await launchBrowser();
  page = await browser.newPage();
  const origin = new URL(server.url).origin;
  page.on('response', (r) => { if (r.status() >= 400) failures.push(`${r.status()} ${r.url()}`); });
  page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) foreign.push(r.url()); });
  page.on('pageerror', (e) => failures.push(`pageerror: ${e.message}`));
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('under a base path', () => {
  it('loads the home page with its stylesheet and follows links to an entry and a country', async () => {
    await page.goto(server.url);
    expect(await page.title()).toMatch(/Catalogue of international judicial cooperation networks/);
    const sheet = await page.evaluate(() => document.styleSheets.length);
    expect(sheet).toBeGreaterThan(0);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Networks' }).click();
    await page.waitForURL(`**${SUB_PATH}networks/`);
    await page.getByRole('link', { name: /Ibero-American Legal Assistance Network/ }).first().click();
    await page.waitForURL(`**${SUB_PATH}networks/iberred/`);
    await page.locator('.members a').first().click();
    await page.waitForURL(new RegExp(`${SUB_PATH}countries/[a-z]{2}/$`));
    expect(await page.locator('h1').textContent()).not.toBe('');
  });

  it('searches with the bundle served from under the base path', async () => {
    await page.goto(`${server.url}search/?q=Eurojust`);
    await page.waitForFunction(() => /found/.test(document.querySelector('#status')?.textContent ?? ''));
    const href = await page.locator('#results li h3 a').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^${SUB_PATH}`));
    await page.locator('#results li h3 a').first().click();
    await page.waitForURL(new RegExp(`${SUB_PATH}(networks|practices|programmes)/`));
  });

  it('had no failed request and no request to another origin', () => {
    expect(failures).toEqual([]);
    expect(foreign).toEqual([]);
  });
});
