/**
 * npm run bench [-- --entries 1000] [--keep]: how the build scales. Copies the project to
 * a temporary folder, adds N synthetic networks (scripts/lib/synthetic-entries.ts), runs
 * the project's own build there, and prints one JSON line: entries, pages, build and
 * index seconds, peak memory, output and index size, and what the first search query
 * downloads in Chromium. Not part of npm test; figures are recorded in docs/performance.md.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { syntheticEntry } from './lib/synthetic-entries.ts';
import { treeRssKB } from './lib/tree-rss.ts';
import { launchBrowser } from '../tests/helpers/browser.ts';
import { serveStatic } from '../tests/helpers/static-server.ts';
import { firstQueryWeight } from '../tests/helpers/first-query.ts';

const { values } = parseArgs({ options: { entries: { type: 'string', default: '1000' }, keep: { type: 'boolean', default: false } } });
const count = Number(values.entries);
const root = process.cwd();
const COPY = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

function sizeMB(path: string): number {
  const bytes = (p: string): number => (statSync(p).isDirectory() ? readdirSync(p).reduce((sum, f) => sum + bytes(join(p, f)), 0) : statSync(p).size);
  return Math.round((bytes(path) / 1024 / 1024) * 10) / 10;
}

/**
 * Runs the build, its output on stderr. Peak memory is the largest sum, over samples every
 * 100 ms, of the resident memory of the build script and every process it started (Astro's
 * child, the validation child, Pagefind's binary), since several run at the same time.
 */
function build(dir: string): Promise<{ output: string; peakRssMB: number }> {
  const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: dir, env: { ...process.env, DIST_DIR: 'dist' } });
  let output = '';
  let peakKB = 0;
  const poll = setInterval(() => {
    peakKB = Math.max(peakKB, treeRssKB(child.pid!));
  }, 100);
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (d: Buffer) => { output += d; process.stderr.write(d); });
  return new Promise((resolve, reject) => child.on('close', (code) => {
    clearInterval(poll);
    if (code !== 0) return reject(new Error(`build failed with exit code ${code}`));
    resolve({ output, peakRssMB: Math.round(peakKB / 1024) });
  }));
}

const dir = mkdtempSync(join(tmpdir(), 'catalogue-bench-'));
try {
  for (const item of COPY) cpSync(join(root, item), join(dir, item), { recursive: true });
  symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'));
  const networks = join(dir, 'src', 'content', 'networks');
  mkdirSync(networks, { recursive: true });
  const existing = readdirSync(networks).find((f) => f.endsWith('.md'))!.replace(/\.md$/, '');
  for (let i = 0; i < count; i++) {
    const { file, text } = syntheticEntry(i, existing);
    writeFileSync(join(networks, file), text);
  }
  const t0 = performance.now();
  const { output, peakRssMB } = await build(dir);
  const totalSeconds = Math.round((performance.now() - t0) / 100) / 10;
  const done = /site built in ([\d.]+) s(?: \([^)]*\))?, (\d+) pages indexed in ([\d.]+) s/.exec(output);
  const entries = Number(/content valid: (\d+) entries/.exec(output)?.[1]);
  const dist = join(dir, 'dist');

  const server = await serveStatic(dist, '/');
  const browser = await launchBrowser();
  const sizes = await firstQueryWeight(browser, `${server.url}search/?q=network`);
  await browser.close();
  await server.close();

  console.log(JSON.stringify({
    entries,
    pages: Number(done?.[2]),
    buildSeconds: Number(done?.[1]),
    indexSeconds: Number(done?.[3]),
    totalSeconds,
    peakRssMB,
    distMB: sizeMB(dist),
    indexMB: sizeMB(join(dist, 'pagefind')),
    firstQueryKB: Math.round([...sizes.values()].reduce((a, b) => a + b, 0) / 102.4) / 10,
  }));
} finally {
  if (values.keep) console.error(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
