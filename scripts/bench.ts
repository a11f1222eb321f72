/**
 * npm run bench [-- --entries 1000] [--keep] [--baseline]: how the build scales. Copies the project to
 * a temporary folder, adds N synthetic networks (scripts/lib/synthetic-entries.ts), runs
 * the project's own build there, and prints one JSON line: entries, pages, build and
 * index seconds, peak memory, output and index size, and what the first search query
 * downloads in Chromium. With --baseline, the same entries in a bare Astro site instead, for
 * comparison. Not part of npm test; figures are recorded in docs/performance.md.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, realpathSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { syntheticEntry } from './lib/synthetic-entries.ts';
import { treeRssKB } from './lib/tree-rss.ts';
import { launchBrowser } from './lib/browser.ts';
import { serveStatic } from './lib/static-server.ts';
import { firstQueryWeight } from './lib/first-query.ts';

const { values } = parseArgs({
  options: {
    entries: { type: 'string', default: '1000' },
    keep: { type: 'boolean', default: false },
    baseline: { type: 'boolean', default: false },
  },
});
const count = Number(values.entries);
const root = process.cwd();
const COPY = ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

function sizeMB(path: string): number {
  const bytes = (p: string): number =>
    statSync(p).isDirectory() ? readdirSync(p).reduce((sum, f) => sum + bytes(join(p, f)), 0) : statSync(p).size;
  return Math.round((bytes(path) / 1024 / 1024) * 10) / 10;
}

/**
 * Runs the build, its output on stderr. Peak memory is the largest sum, over samples every
 * 100 ms, of the resident memory of the build script and every process it started (Astro's
 * child, the validation child, Pagefind's binary), since several run at the same time.
 */
function build(dir: string, args = ['scripts/build.ts']): Promise<{ output: string; peakRssMB: number }> {
  const child = spawn(process.execPath, args, { cwd: dir, env: { ...process.env, DIST_DIR: 'dist', ASTRO_TELEMETRY_DISABLED: '1' } });
  let output = '';
  let peakKB = 0;
  const poll = setInterval(() => {
    peakKB = Math.max(peakKB, treeRssKB(child.pid!));
  }, 100);
  for (const stream of [child.stdout, child.stderr])
    stream.on('data', (d: Buffer) => {
      output += d;
      process.stderr.write(d);
    });
  return new Promise((resolve, reject) =>
    child.on('close', (code) => {
      clearInterval(poll);
      if (code !== 0) return reject(new Error(`build failed with exit code ${code}`));
      resolve({ output, peakRssMB: Math.round(peakKB / 1024) });
    }),
  );
}

/**
 * --baseline: the same synthetic entries in a bare Astro site (one page per entry with its
 * title and body, no layout, no other pages, a schema that only requires a name), built with
 * `astro build` and indexed with `pagefind --site dist`: the floor this machine sets for any
 * Astro + Pagefind build of that many entries, to compare with, back to back.
 */
const BARE_FILES: Record<string, string> = {
  'package.json': '{ "name": "bare-astro-baseline", "private": true, "type": "module" }\n',
  'astro.config.mjs': "import { defineConfig } from 'astro/config';\nexport default defineConfig({ cacheDir: './.astro/cache' });\n",
  'src/content.config.ts': [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    "import { z } from 'astro/zod';",
    "export const collections = { networks: defineCollection({ loader: glob({ pattern: '*.md', base: './src/content/networks' }), schema: z.object({ name: z.string() }).passthrough() }) };",
  ].join('\n'),
  'src/pages/networks/[id].astro': [
    '---',
    "import { getCollection, render } from 'astro:content';",
    "export async function getStaticPaths() { return (await getCollection('networks')).map((e) => ({ params: { id: e.id }, props: { e } })); }",
    'const { e } = Astro.props; const { Content } = await render(e);',
    '---',
    '<html lang="en"><head><meta charset="utf-8"><title>{e.data.name}</title></head><body><main data-pagefind-body><h1>{e.data.name}</h1><Content /></main></body></html>',
  ].join('\n'),
  'build.mjs': [
    '// astro build, then pagefind, timed separately',
    "import { execFileSync } from 'node:child_process';",
    'const t0 = performance.now();',
    "execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { stdio: 'inherit' });",
    'const t1 = performance.now();',
    "execFileSync(process.execPath, ['node_modules/pagefind/lib/runner/bin.cjs', '--site', 'dist'], { stdio: ['ignore', 'ignore', 'inherit'] });",
    'console.log(`bare: astro ${((t1 - t0) / 1000).toFixed(1)} s, pagefind ${((performance.now() - t1) / 1000).toFixed(1)} s`);',
  ].join('\n'),
};

/**
 * A temporary project: `populate` fills it, then node_modules is linked and N synthetic
 * networks are added (their one relation pointing at `relationTarget(networksFolder)`); `run`
 * measures it. The folder is removed afterwards unless --keep.
 */
async function inTemporaryProject(
  prefix: string,
  populate: (dir: string) => void,
  relationTarget: (networks: string) => string,
  run: (dir: string) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    populate(dir);
    symlinkSync(realpathSync(join(root, 'node_modules')), join(dir, 'node_modules'));
    const networks = join(dir, 'src', 'content', 'networks');
    mkdirSync(networks, { recursive: true });
    const target = relationTarget(networks);
    for (let i = 0; i < count; i++) {
      const { file, text } = syntheticEntry(i, target);
      writeFileSync(join(networks, file), text);
    }
    await run(dir);
  } finally {
    if (values.keep) console.error(`kept ${dir}`);
    else rmSync(dir, { recursive: true, force: true });
  }
}

const seconds = (from: number) => Math.round((performance.now() - from) / 100) / 10;

async function runBaseline(): Promise<void> {
  const populate = (dir: string) => {
    for (const [file, text] of Object.entries(BARE_FILES)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
  };
  await inTemporaryProject(
    'catalogue-bench-bare-',
    populate,
    () => 'none',
    async (dir) => {
      const t0 = performance.now();
      const { output, peakRssMB } = await build(dir, ['build.mjs']);
      const times = /bare: astro ([\d.]+) s, pagefind ([\d.]+) s/.exec(output);
      console.log(
        JSON.stringify({
          baseline: 'bare Astro + Pagefind',
          entries: count,
          buildSeconds: Number(times?.[1]),
          indexSeconds: Number(times?.[2]),
          totalSeconds: seconds(t0),
          peakRssMB,
          distMB: sizeMB(join(dir, 'dist')),
          indexMB: sizeMB(join(dir, 'dist', 'pagefind')),
        }),
      );
    },
  );
}

async function runCatalogue(): Promise<void> {
  const populate = (dir: string) => {
    for (const item of COPY) cpSync(join(root, item), join(dir, item), { recursive: true });
  };
  // Each synthetic network relates to a real one, so relations resolve (an entry, not a translation).
  const realNetwork = (networks: string) =>
    readdirSync(networks)
      .find((f) => /^[^.]+\.md$/.test(f))!
      .replace(/\.md$/, '');
  await inTemporaryProject('catalogue-bench-', populate, realNetwork, async (dir) => {
    const t0 = performance.now();
    const { output, peakRssMB } = await build(dir);
    const totalSeconds = seconds(t0);
    const done = /site built in ([\d.]+) s(?: \([^)]*\))?, (\d+) pages indexed in ([\d.]+) s/.exec(output);
    const entries = Number(/content valid: (\d+) entries/.exec(output)?.[1]);
    const dist = join(dir, 'dist');

    const server = await serveStatic(dist, '/');
    const browser = await launchBrowser();
    const sizes = await firstQueryWeight(browser, `${server.url}search/?q=network`);
    await browser.close();
    await server.close();

    console.log(
      JSON.stringify({
        entries,
        pages: Number(done?.[2]),
        buildSeconds: Number(done?.[1]),
        indexSeconds: Number(done?.[3]),
        totalSeconds,
        peakRssMB,
        distMB: sizeMB(dist),
        indexMB: sizeMB(join(dist, 'pagefind')),
        firstQueryKB: Math.round([...sizes.values()].reduce((a, b) => a + b, 0) / 102.4) / 10,
      }),
    );
  });
}

await (values.baseline ? runBaseline() : runCatalogue());
