/**
 * Content test. The real catalogue as readers use it: no page of the site, in either language,
 * scrolls sideways on a 320 px screen; every entry comes first when searched by any of its names
 * (English, acronym, alternative names, and the official French name on the French site); the
 * abbreviations practitioners use and the French queries of the issue find the entries they
 * mean.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site-session.ts';
import { content } from '../helpers/builds.ts';
import { exportedEntries, sitePages } from '../helpers/pages.ts';

const site = useSite(content.root);

const catalogue = { entries: exportedEntries(content.root) };

/** Runs queries on one search page (Pagefind stays loaded); returns each query's result paths. */
async function searchAll(page: Page, prefix: string, queries: string[]): Promise<Map<string, string[]>> {
  await page.goto(`${site.url}${prefix}search/`);
  const out = new Map<string, string[]>();
  for (const q of queries) {
    await page.locator('#q').fill(q);
    await page.locator('#q').press('Enter');
    await page.waitForFunction(
      (query) =>
        new URLSearchParams(location.search).get('q') === query &&
        document.querySelector('#results')?.getAttribute('aria-busy') === 'false',
      q,
    );
    out.set(q, await page.locator('#results li h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname)));
  }
  return out;
}

describe('content: phones', () => {
  it('no page of the site scrolls sideways at 320 px, in either language', async () => {
    const pages = sitePages(content.root);
    expect(pages.length).toBeGreaterThan(100);
    const context = await site.browser.newContext({ viewport: { width: 320, height: 640 } });
    const tabs = await Promise.all([context.newPage(), context.newPage()]);
    const wide: string[] = [];
    // Two pages at a time: the machine has two cores.
    await Promise.all(
      tabs.map(async (tab, t) => {
        for (let i = t; i < pages.length; i += tabs.length) {
          await tab.goto(site.url + pages[i]);
          const [scroll, client] = await tab.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
          if (scroll > client) wide.push(`/${pages[i]}: ${scroll} px`);
        }
      }),
    );
    await context.close();
    expect(wide.sort()).toEqual([]);
  }, 600_000);
});

describe('content: an entry on a phone', () => {
  it('shows every entry’s name, summary, “facts as of” and how to reach it on the first screen, in both languages', async () => {
    const context = await site.browser.newContext({ viewport: { width: 390, height: 844 } });
    const tab = await context.newPage();
    const below: string[] = [];
    for (const e of catalogue.entries) {
      for (const prefix of ['', 'fr/']) {
        await tab.goto(`${site.url}${prefix}${e.url.slice(1)}`);
        const bottom = await tab.locator('.glance').evaluate((el) => el.getBoundingClientRect().bottom);
        if (bottom > 844) below.push(`/${prefix}${e.url.slice(1)}: ${Math.round(bottom)} px`);
      }
    }
    await context.close();
    expect(below).toEqual([]);
  }, 300_000);
});

describe('content: search', () => {
  it('puts every entry first for each of its names, acronyms and other names', async () => {
    // A name two entries share (the sources give the EuroMed Justice network and programme the
    // same other names) puts both first.
    const wanted = new Map<string, Set<string>>();
    for (const e of catalogue.entries) {
      for (const n of [e.name, e.acronym, ...e.alternativeNames]) if (n) wanted.set(n, (wanted.get(n) ?? new Set()).add(e.url));
    }
    const found = await searchAll(site.page, '', [...wanted.keys()]);
    const misses = [...wanted]
      .filter(([q, urls]) => !(found.get(q) ?? []).slice(0, urls.size).every((u) => urls.has(u)) || (found.get(q)?.length ?? 0) < urls.size)
      .map(([q, urls]) => `“${q}” → ${found.get(q)?.slice(0, urls.size).join(', ') || 'nothing'}, not ${[...urls].join(', ')}`);
    expect(misses).toEqual([]);
  }, 300_000);

  it('puts every entry first on the French site for its French name and acronym', async () => {
    const wanted = new Map<string, string>();
    for (const e of catalogue.entries) {
      const html = readFileSync(join(content.root, 'fr', e.url, 'index.html'), 'utf8');
      // The name the French page shows: the official French name where there is one.
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/
        .exec(html)![1]!
        .replace(/<[^>]+>/g, '')
        .replace(/&#39;|&#x27;/g, "'")
        .replace(/&amp;/g, '&');
      const [, name, acronym] = /^(.*?)(?: \(([^()]+)\))?$/.exec(h1.trim())!;
      wanted.set(name!, `/fr${e.url}`);
      if (acronym && !e.acronym) wanted.set(acronym, `/fr${e.url}`);
    }
    const found = await searchAll(site.page, 'fr/', [...wanted.keys()]);
    const misses = [...wanted]
      .filter(([q, url]) => found.get(q)?.[0] !== url)
      .map(([q, url]) => `“${q}” → ${found.get(q)?.[0] ?? 'nothing'}, not ${url}`);
    expect(misses).toEqual([]);
  }, 300_000);

  it('understands the abbreviations practitioners use, in both languages', async () => {
    const en = await searchAll(site.page, '', ['MLA', 'JIT', 'e-evidence', 'Lusophone', 'FIU', 'ARO']);
    expect(en.get('MLA')).toContain('/networks/iberred/');
    expect(en.get('JIT')).toContain('/networks/jit-network/');
    expect(en.get('e-evidence')?.length).toBeGreaterThan(0);
    expect(en.get('Lusophone')).toContain('/networks/portuguese-speaking-judicial-network/');
    expect(en.get('FIU')).toContain('/practices/financial-intelligence-units/');
    expect(en.get('ARO')).toContain('/practices/asset-recovery-offices/');
    const fr = await searchAll(site.page, 'fr/', ['ECE', 'CRF', 'BRA', 'lusophone']);
    expect(fr.get('ECE')).toContain('/fr/networks/jit-network/');
    expect(fr.get('CRF')).toContain('/fr/practices/financial-intelligence-units/');
    expect(fr.get('BRA')).toContain('/fr/practices/asset-recovery-offices/');
    expect(fr.get('lusophone')).toContain('/fr/networks/portuguese-speaking-judicial-network/');
  }, 120_000);

  it('answers the French queries readers ask', async () => {
    const fr = await searchAll(site.page, 'fr/', [
      'réseau judiciaire européen',
      'entraide judiciaire',
      'recouvrement des avoirs',
      'traite des êtres humains',
    ]);
    expect(fr.get('réseau judiciaire européen')?.[0]).toBe('/fr/networks/european-judicial-network/');
    expect(fr.get('entraide judiciaire')).toEqual(
      expect.arrayContaining(['/fr/networks/european-judicial-network/', '/fr/networks/iberred/']),
    );
    expect(fr.get('recouvrement des avoirs')).toEqual(
      expect.arrayContaining(['/fr/networks/carin/', '/fr/practices/asset-recovery-offices/']),
    );
    expect(fr.get('traite des êtres humains')).toContain('/fr/networks/tipp/');
  }, 120_000);

  it('ran without console errors or requests to another host', () => {
    expect(site.problems).toEqual([]);
    expect(site.foreign).toEqual([]);
  });
});
