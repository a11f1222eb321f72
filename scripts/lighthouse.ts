/**
 * npm run lighthouse [-- dist]: Lighthouse (from the npm registry) in Debian's Chromium on
 * the home page, an entry and a search, in English and in French, against the built site served locally. Prints the
 * scores and exits 1 below the targets (performance 95, accessibility, best practices and
 * SEO 100). Not part of npm test: scores depend on the machine's load; figures are
 * recorded in docs/performance.md.
 */
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { serveStatic } from './lib/static-server.ts';
import { CHROMIUM } from './lib/browser.ts';

const site = process.argv[2] ?? 'dist';
const PAGES = [
  '',
  'networks/carin/',
  'search/?q=asset+recovery&country=AL',
  'fr/',
  'fr/networks/carin/',
  'fr/search/?q=recouvrement+des+avoirs&country=AL',
];
const TARGETS: Record<string, number> = { performance: 95, accessibility: 100, 'best-practices': 100, seo: 100 };

const server = await serveStatic(site, '/');
const chrome = await launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
let failed = false;
try {
  for (const path of PAGES) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
    const categories = result?.lhr.categories ?? {};
    const scores = Object.fromEntries(Object.keys(TARGETS).map((k) => [k, Math.round((categories[k]?.score ?? 0) * 100)]));
    const low = Object.entries(scores).filter(([k, v]) => v < TARGETS[k]!);
    failed ||= low.length > 0;
    console.log(
      `${low.length ? '✗' : '✓'} /${path}  ${Object.entries(scores)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
    for (const [k] of low) {
      const audits = result!.lhr.categories[k]!.auditRefs.map((r) => result!.lhr.audits[r.id]!).filter(
        (a) => a.score !== null && a.score < 1,
      );
      for (const a of audits.slice(0, 5)) console.log(`    ${k}: ${a.title}`);
    }
  }
} finally {
  chrome.kill();
  await server.close();
}
process.exitCode = failed ? 1 : 0;
