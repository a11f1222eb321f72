/**
 * Content test. The real catalogue as hosts will serve it, under the strict security headers of docs/hosting/:
 * 1. the sub-path build behind nginx running the shipped nginx.conf, and behind Apache with the
 *    shipped .htaccess: a reader's tour (home → networks → entry → country → search → result)
 *    with no failed request, no console error, no CSP violation and no request to another
 *    host; plus the headers, 404 page, caching and redirects.
 * 2. the root build on the plain test server with the same headers: every template once.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';
import { SUB_PATH, content } from '../helpers/builds.ts';
import { nginxUnavailable, shippedHeaders, startNginx } from '../helpers/nginx.ts';
import type { HostedServer } from '../helpers/server-process.ts';
import { apacheUnavailable, startApache } from '../helpers/apache.ts';

const HEADERS = shippedHeaders();
const CSP = HEADERS['Content-Security-Policy']!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** A page that records every failed response, console error, CSP violation and foreign request. */
async function watchedPage(context: BrowserContext, expected404 = new Set<string>()) {
  const problems: string[] = [];
  const page = await context.newPage();
  // Runs before any page script and is not subject to the page's CSP.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  page.on('console', (m) => {
    // The browser reports the deliberate 404 visit as a console error too.
    if (m.type() === 'error' && !expected404.has(m.location().url)) problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400 && !expected404.has(r.url())) problems.push(`${r.status()} ${r.url()}`);
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') problems.push(`foreign request: ${r.url()}`);
  });
  return { page, problems };
}

/** Searches from the search page; a search that never shows results fails with what the page reported. */
async function runSearch(page: Page, query: string, problems: string[]) {
  await page.locator('#q').fill(query);
  await page.locator('#q').press('Enter');
  await page.waitForURL(/\/search\/\?q=/);
  try {
    await page.locator('#results li h3 a').first().waitFor({ timeout: 15_000 });
  } catch (error) {
    throw new Error(`No search results for “${query}”. The page reported:\n${problems.join('\n') || '(nothing)'}`, { cause: error });
  }
}

// The same tests for each configuration shipped in docs/hosting/.
const servers = [
  { name: 'nginx with docs/hosting/nginx.conf', unavailable: nginxUnavailable(), start: () => startNginx(content.sub) },
  { name: 'Apache with docs/hosting/.htaccess', unavailable: apacheUnavailable(), start: () => startApache(content.sub, SUB_PATH) },
];

for (const { name, unavailable, start } of servers) {
  if (unavailable) console.warn(`\n⚠ Skipping the ${name} part of tests/content/hosting.test.ts: ${unavailable}\n`);

  describe.skipIf(unavailable)(`the sub-path build behind ${name}`, () => {
    let server: HostedServer;
    let base: string;
    beforeAll(async () => {
      server = await start();
      base = `${server.origin}${SUB_PATH}`;
    });
    afterAll(async () => {
      await server?.stop();
    });

    it('sends the security headers, the 404 page and long caching for hashed bundles', async () => {
      const home = await fetch(base);
      expect(home.status).toBe(200);
      for (const [name, value] of Object.entries(HEADERS)) expect(home.headers.get(name), name).toBe(value);
      expect(CSP).toContain("script-src 'self' 'wasm-unsafe-eval'");

      const missing = await fetch(`${base}networks/no-such-network/`);
      expect(missing.status).toBe(404);
      expect(await missing.text()).toMatch(/<html lang="en"[\s\S]*<h1>Page not found<\/h1>/);
      expect(missing.headers.get('Content-Security-Policy')).toBe(CSP);
      // Under /fr/, the French not-found page, with the same headers.
      const manquante = await fetch(`${base}fr/networks/no-such-network/`);
      expect(manquante.status).toBe(404);
      expect(await manquante.text()).toMatch(/<html lang="fr"[\s\S]*<h1>Page introuvable<\/h1>/);
      for (const [name, value] of Object.entries(HEADERS)) expect(manquante.headers.get(name), name).toBe(value);

      const bundle = /href="([^"]+\/_astro\/[^"]+\.css)"/.exec(await (await fetch(base)).text())![1]!;
      const asset = await fetch(`${server.origin}${bundle}`, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(asset.status).toBe(200);
      expect(asset.headers.get('Cache-Control')).toBe('max-age=31536000');
      expect(asset.headers.get('Content-Security-Policy')).toBe(CSP);
      expect((await fetch(`${base}networks`, { redirect: 'manual' })).status).toBe(301);
      const bare = await fetch(`${server.origin}${SUB_PATH.slice(0, -1)}`, { redirect: 'manual' });
      expect(bare.status).toBe(301);
      expect(new URL(bare.headers.get('Location')!, server.origin).pathname).toBe(SUB_PATH);
    });

    it('takes a reader from the home page to an entry, a country, a search and a result without a single problem', async () => {
      const context = await browser.newContext();
      const { page, problems } = await watchedPage(context);
      await page.goto(base);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Networks' }).click();
      await page.waitForURL(`**${SUB_PATH}networks/`);
      await page.locator('#entry-list h2 a').first().click();
      await page.waitForURL(new RegExp(`${SUB_PATH}networks/[a-z0-9-]+/$`));
      await page.locator('.members a').first().click();
      await page.waitForURL(new RegExp(`${SUB_PATH}countries/[a-z]{2}/$`));
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Search' }).click();
      await page.waitForURL(`**${SUB_PATH}search/`);
      await runSearch(page, 'asset recovery', problems);
      const first = page.locator('#results li h3 a').first();
      expect(await first.getAttribute('href')).toMatch(new RegExp(`^${SUB_PATH}`));
      await first.click();
      await page.waitForURL(new RegExp(`${SUB_PATH}(networks|programmes|practices)/[a-z0-9-]+/$`));
      expect(await page.locator('h1').count()).toBe(1);
      await context.close();
      expect(problems).toEqual([]);
    });
  });
}

describe('every template of the root build under the same CSP', () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveStatic(content.root, '/', HEADERS);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('shows no CSP violation, console error or foreign request on any template', async () => {
    const missing = `${server.url}no-such-page/`;
    const context = await browser.newContext();
    const { page, problems } = await watchedPage(context, new Set([missing]));
    // One page of every template, the entries and the country taken from the published data.
    const { entries } = JSON.parse(readFileSync(join(content.root, 'data/catalogue.json'), 'utf8')) as {
      entries: Array<{ kind: string; url: string; members: Array<{ country: string }> }>;
    };
    const firstOfKind = [...new Set(entries.map((e) => e.kind))].map((kind) => entries.find((e) => e.kind === kind)!.url.slice(1));
    const country = entries.flatMap((e) => e.members)[0]!.country.toLowerCase();
    const paths = [
      '',
      'networks/',
      'programmes/',
      'practices/',
      ...firstOfKind,
      'countries/',
      `countries/${country}/`,
      'about/',
      'finder/',
      'map/',
      'relationships/',
      'overlaps/',
      'search/',
    ];
    for (const path of paths) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.status(), path).toBe(200);
      expect(response?.headers()['content-security-policy'], path).toBe(CSP);
    }
    await runSearch(page, 'network', problems);
    const notFound = await page.goto(missing);
    expect(notFound?.status()).toBe(404);
    await context.close();
    expect(problems).toEqual([]);
  });
});
