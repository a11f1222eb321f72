/**
 * npm run build: validate the content, build the site and its search index into a
 * temporary folder, and only when everything succeeded swap it in as dist/. A failed
 * build leaves the previous dist/ untouched.
 */
import { existsSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { validateContent } from './lib/validate-content.ts';
import { formatReport } from './lib/report.ts';
import { buildSearchIndex } from './lib/search-index.ts';
import { writeEntryFiles } from './lib/entry-files.ts';
import { spawn } from 'node:child_process';

/** Astro's build in a child process (scripts/lib/astro-build-child.ts); its errors print as they come. */
function runAstroBuild(cwd: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'lib', 'astro-build-child.ts')], { cwd, env: process.env, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolvePromise() : reject(new Error(`Astro could not build the site (${signal ?? `exit code ${code}`}); its message is above.`)),
    );
  });
}

const root = process.cwd();
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
// One work folder per target, so builds for different targets never share a temporary folder.
const work = resolve(root, '.build-tmp', dist.replace(/[^A-Za-z0-9]+/g, '-').slice(-80));
const next = join(work, 'dist');
const old = join(work, 'previous');
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

async function main(): Promise<number> {
  const t0 = performance.now();
  const result = validateContent(root);
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    console.error(formatReport(result.problems, result.files));
    console.error(`\nBuild stopped before writing anything; ${existsSync(dist) ? 'the previous dist/ is unchanged' : 'no dist/ was written'}.`);
    return 1;
  }
  console.log(`✓ content valid: ${result.entries.length} entries, ${result.organisations.length} organisations (${seconds(t0)} s)`);

  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  process.env.OUT_DIR = next;
  process.env.CATALOGUE_CONTENT_VALIDATED = '1';
  // Astro lets process.env override import.meta.env at render time; a BASE_URL left in the
  // environment (Vitest sets one) would silently replace the configured base path.
  for (const key of ['BASE_URL', 'SITE', 'ASSETS_PREFIX']) delete process.env[key];
  const t1 = performance.now();
  await runAstroBuild(root);
  const buildSeconds = seconds(t1);

  // Pagefind runs in a process of its own; the entry files are written meanwhile.
  const t2 = performance.now();
  const [pages] = await Promise.all([buildSearchIndex(next), writeEntryFiles(next)]);
  const indexSeconds = seconds(t2);

  mkdirSync(dirname(dist), { recursive: true });
  if (existsSync(dist)) renameSync(dist, old);
  renameSync(next, dist);
  rmSync(work, { recursive: true, force: true });
  console.log(`✓ site built in ${buildSeconds} s, ${pages} pages indexed in ${indexSeconds} s (entry files written meanwhile), total ${seconds(t0)} s → ${dist}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`✗ Build failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error(existsSync(dist) ? 'The previous dist/ is unchanged.' : 'No dist/ was written.');
    rmSync(work, { recursive: true, force: true });
    process.exit(1);
  },
);
