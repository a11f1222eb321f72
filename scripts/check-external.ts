/**
 * npm run check:external: checks every external URL of the built site and its open data,
 * prints the dead ones with where they appear, and exits non-zero when any is dead.
 * Meant for scheduled runs (e.g. weekly CI), not for every change or npm test: it needs
 * the network, and other sites' outages should not block a change.
 *
 *   node scripts/check-external.ts [dir=dist] [--concurrency 8] [--timeout 15]
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSite } from './checks/site.ts';
import { checkAll, collectExternalUrls, formatExternalReport } from './lib/external-links.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { concurrency: { type: 'string', default: '8' }, timeout: { type: 'string', default: '15' } },
});
const dir = resolve(positionals[0] ?? 'dist');
if (!existsSync(dir)) {
  console.error(`✗ ${dir} does not exist. Run npm run build first.`);
  process.exit(1);
}
const sources = collectExternalUrls(loadSite(dir));
const urls = [...sources.keys()].sort();
console.log(`Checking ${urls.length} external URL(s)…`);
let done = 0;
const results = await checkAll(urls, { concurrency: Number(values.concurrency), timeoutMs: Number(values.timeout) * 1000 }, () => {
  if (++done % 50 === 0) console.log(`  ${done}/${urls.length}`);
});
console.log(formatExternalReport(results, sources));
process.exit(results.some((r) => r.verdict === 'dead') ? 1 : 0);
