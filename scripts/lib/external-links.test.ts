/** External link checking against a local server on 127.0.0.1 only: no network is used. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkAll, checkUrl, collectExternalUrls, formatExternalReport } from './external-links.ts';
import { fixtureSite, page } from '../checks/fixture.ts';

let server: Server;
let origin: string;
const methods: string[] = [];

beforeAll(async () => {
  // Each path answers one way; /slow never answers, to exercise the timeout.
  const status: Record<string, (method?: string) => number> = {
    '/ok': () => 200,
    '/gone': () => 404,
    '/no-head': (method) => (method === 'HEAD' ? 405 : 200),
    '/moved': () => 301,
    '/robots-no': () => 403,
  };
  server = createServer((req, res) => {
    methods.push(`${req.method} ${req.url}`);
    if (req.url === '/slow') return;
    res.statusCode = status[req.url ?? '']?.(req.method) ?? 500;
    if (res.statusCode === 301) res.setHeader('location', '/ok');
    res.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** A loopback port nothing listens on. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

describe('collectExternalUrls', () => {
  it('collects external links from pages and URLs from the open data, not the site itself', () => {
    const site = fixtureSite({
      'index.html': page(
        'Home',
        '<h1>Home</h1><a href="https://a.example/x">a</a><a href="/about/">internal</a><a href="https://site.example/about/">own</a>',
        '<link rel="canonical" href="https://site.example/">',
      ),
      'about/index.html': page('About', '<h1>About</h1><a href="https://a.example/x">a</a><a href="mailto:x@y.z">mail</a>'),
      'data/catalogue.json': JSON.stringify({
        entries: [
          {
            id: 'carin',
            website: 'https://carin.example/',
            sources: [{ url: 'https://docs.example/r.pdf', title: 'R' }],
            summary: 'not a URL',
          },
        ],
      }),
    });
    const urls = collectExternalUrls(site);
    expect(Object.fromEntries([...urls].map(([u, w]) => [u, [...w]]))).toEqual({
      'https://a.example/x': ['about/index.html', 'index.html'],
      'https://carin.example/': ['data/catalogue.json: carin'],
      'https://docs.example/r.pdf': ['data/catalogue.json: carin'],
    });
  });
});

describe('checkUrl', () => {
  it('accepts a live page with HEAD alone', async () => {
    methods.length = 0;
    expect(await checkUrl(`${origin}/ok`)).toMatchObject({ verdict: 'ok', status: 200 });
    expect(methods).toEqual(['HEAD /ok']);
  });

  it('falls back to GET when HEAD is refused, and follows redirects', async () => {
    expect(await checkUrl(`${origin}/no-head`)).toMatchObject({ verdict: 'ok', status: 200 });
    expect(await checkUrl(`${origin}/moved`)).toMatchObject({ verdict: 'ok', status: 200 });
  });

  it('reports 404, 500, a timeout and a refused connection as dead, 403 as unverified', async () => {
    expect(await checkUrl(`${origin}/gone`)).toMatchObject({ verdict: 'dead', status: 404, detail: 'HTTP 404 Not Found' });
    expect(await checkUrl(`${origin}/error`)).toMatchObject({ verdict: 'dead', status: 500 });
    expect(await checkUrl(`${origin}/slow`, { timeoutMs: 200 })).toMatchObject({ verdict: 'dead', detail: 'no answer within 0.2 s' });
    expect(await checkUrl(`http://127.0.0.1:${await closedPort()}/`)).toMatchObject({ verdict: 'dead', detail: 'ECONNREFUSED' });
    expect(await checkUrl(`${origin}/robots-no`)).toMatchObject({ verdict: 'unverified', status: 403 });
  });
});

describe('checkAll and the report', () => {
  it('never runs more than the given number of checks at once, and keeps the order', async () => {
    let running = 0;
    let peak = 0;
    const fake = (async () => {
      peak = Math.max(peak, ++running);
      await new Promise((r) => setTimeout(r, 10));
      running--;
      return new Response(null, { status: 200 });
    }) as typeof fetch;
    const urls = Array.from({ length: 12 }, (_, i) => `https://x.example/${i}`);
    const results = await checkAll(urls, { concurrency: 3, fetch: fake });
    expect(peak).toBe(3);
    expect(results.map((r) => r.url)).toEqual(urls);
  });

  it('lists dead links with where they appear and says how to fix them', async () => {
    const sources = new Map([
      [`${origin}/gone`, new Set(['networks/carin/index.html'])],
      [`${origin}/ok`, new Set(['index.html'])],
    ]);
    const results = await checkAll([...sources.keys()]);
    const report = formatExternalReport(results, sources);
    expect(report).toContain(`✗ ${origin}/gone\n    HTTP 404 Not Found\n    on: networks/carin/index.html`);
    expect(report).not.toContain(`${origin}/ok`);
    expect(report).toMatch(/1 dead of 2 external URL\(s\)\. Find the page's new address/);
  });
});
