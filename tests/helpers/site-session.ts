/**
 * The shared set-up of the browser tests: serve a built site, launch Debian's Chromium, open
 * one page, and record what must never happen (console errors and warnings, page errors,
 * responses ≥ 400, requests to any other host). Registers its own beforeAll/afterAll; read the
 * session's fields inside tests.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../../scripts/lib/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/lib/static-server.ts';

export interface SiteSession {
  readonly browser: Browser;
  readonly page: Page;
  /** The site's address, base path included, ending in "/". */
  readonly url: string;
  /** Console errors and warnings, uncaught page errors and responses ≥ 400, in order. */
  readonly problems: string[];
  /** Requests to any origin other than the site's. */
  readonly foreign: string[];
}

export function useSite(root: string, base = '/'): SiteSession {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let page: Page | undefined;
  const problems: string[] = [];
  const foreign: string[] = [];
  const ready = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useSite: the session is only available inside tests, after beforeAll');
    return value;
  };

  beforeAll(async () => {
    server = await serveStatic(root, base);
    browser = await launchBrowser();
    page = await browser.newPage();
    const origin = new URL(server.url).origin;
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
    page.on('request', (r) => {
      if (!r.url().startsWith(origin) && !r.url().startsWith('data:') && !r.url().startsWith('about:')) foreign.push(r.url());
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  return {
    get browser() {
      return ready(browser);
    },
    get page() {
      return ready(page);
    },
    get url() {
      return ready(server).url;
    },
    problems,
    foreign,
  };
}
