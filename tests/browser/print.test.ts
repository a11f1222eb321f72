/**
 * An entry prints cleanly: the print stylesheet drops navigation, the correction panel and
 * the footer, keeps the entry's text, facts, members and sources, and spells out where
 * external links go.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';
import { rootBuild } from '../helpers/builds.ts';

let browser: Browser;
let server: StaticServer;
let page: Page;

beforeAll(async () => {
  server = await serveStatic(rootBuild, '/');
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('printing an entry', () => {
  it('keeps the entry and drops the site chrome', async () => {
    await page.goto(`${server.url}networks/carin/`);
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header nav', '.site-footer', '.skip-link', 'section.no-print']) {
      expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    for (const shown of ['h1', '.entry-body', '#members-heading', '#sources-heading', '#facts-heading']) {
      expect(await page.locator(shown).first().isVisible(), shown).toBe(true);
    }
    const after = await page.locator('.entry-body a[href^="http"]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/https?:\/\//);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});
