/**
 * npm run build: validate the content, build the site and its search index into a temporary
 * folder, check the result, and only then swap it in as dist/. The build never reports success
 * when it did not succeed: any stage that fails or whose process dies makes it exit non-zero, and
 * the previous dist/ stays as it was.
 *
 * - One build per target at a time (a lock next to the work folder, scripts/lib/build-lock.ts).
 * - A build killed while swapping is recovered by the next one (scripts/lib/site-swap.ts).
 * - Validation and Astro start together, each in a process of its own. Astro may read and sync the
 *   content meanwhile, but compiles and runs nothing from it until validation has passed: the
 *   content guard integration waits for this script's go-ahead (src/integrations/content-guard.ts),
 *   and Astro's output is held back until then. Invalid content stops Astro and prints only the
 *   validation report.
 * - Pagefind runs as its own binary, its exit checked (scripts/lib/search-index.ts); the new site
 *   is verified (scripts/lib/verify-site.ts) before the swap.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import { buildSearchIndex } from './lib/search-index.ts';
import { writeEntryFiles } from './lib/entry-files.ts';
import { acquireLock, BuildLockedError } from './lib/build-lock.ts';
import { recoverSwap, swapIn } from './lib/site-swap.ts';
import { verifySite } from './lib/verify-site.ts';
import { TRANSLATED_LOCALES } from '../src/i18n/locales.ts';
import type { ValidationMessage } from '../src/integrations/content-guard.ts';

/** Content validation (scripts/lib/validate-child.ts); its report prints as it comes. */
function runValidation(cwd: string): Promise<boolean> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'lib', 'validate-child.ts')], {
      cwd,
      env: process.env,
      stdio: 'inherit',
    });
    child.on('error', reject);
    child.on('exit', (code) => resolvePromise(code === 0));
  });
}

/** Astro's build (scripts/lib/astro-build-child.ts), waiting for `proceed()` before it compiles any content. */
function startAstroBuild(cwd: string) {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'lib', 'astro-build-child.ts')], {
    cwd,
    env: { ...process.env, CATALOGUE_CONTENT_VALIDATED: 'pending' },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  let live = false;
  const held: Array<[NodeJS.WriteStream, Buffer]> = [];
  for (const [from, to] of [
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ] as const) {
    from?.on('data', (d: Buffer) => (live ? to.write(d) : held.push([to, d])));
  }
  const done = new Promise<void>((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      code === 0
        ? resolvePromise()
        : reject(new Error(`Astro could not build the site (${signal ?? `exit code ${code}`}); its message is above.`)),
    );
  });
  done.catch(() => undefined); // handled by whoever awaits it; stopping it is not an error
  return {
    done,
    /** Validation passed: show Astro's output so far, and let it go on. */
    proceed(): void {
      live = true;
      for (const [stream, chunk] of held.splice(0)) stream.write(chunk);
      if (child.connected) child.send({ catalogueValidation: 'passed' } satisfies ValidationMessage);
    },
    /** Validation failed: stop Astro and drop what it printed. */
    async stop(): Promise<void> {
      if (child.connected) child.send({ catalogueValidation: 'failed' } satisfies ValidationMessage);
      child.kill('SIGTERM');
      await done.catch(() => undefined);
    },
  };
}

const root = process.cwd();
const dist = resolve(root, process.env.DIST_DIR ?? 'dist');
// One work folder and one lock per target, so builds for different targets never meet.
const target = dist.replace(/[^A-Za-z0-9]+/g, '-').slice(-80);
const work = resolve(root, '.build-tmp', target);
const lock = resolve(root, '.build-tmp', `${target}.lock`);
const next = join(work, 'dist');
const previous = resolve(root, '.build-tmp', `${target}.previous`);
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const distState = () => (existsSync(dist) ? 'the previous dist/ is unchanged' : 'no dist/ was written');

/** Each translated language's 404 page, from where Astro writes it (fr/404/index.html) to fr/404.html. */
function moveNotFoundPages(site: string): void {
  for (const lang of TRANSLATED_LOCALES) {
    const from = join(site, lang, '404', 'index.html');
    if (!existsSync(from)) continue;
    renameSync(from, join(site, lang, '404.html'));
    rmSync(join(site, lang, '404'), { recursive: true, force: true });
  }
}

let finished = false;
let releaseLock: (() => void) | undefined;

/**
 * Test hook (tests/build-failure.test.ts): with BUILD_TEST_PAUSE_IN_SWAP=<file>, the build writes
 * that file between the two renames of the swap and waits until the test removes it (or kills it).
 */
async function pauseInSwap(): Promise<void> {
  const file = process.env.BUILD_TEST_PAUSE_IN_SWAP;
  if (!file) return;
  writeFileSync(file, String(process.pid));
  while (existsSync(file)) await sleep(20);
}

async function main(): Promise<number> {
  const t0 = performance.now();
  mkdirSync(dirname(lock), { recursive: true });
  releaseLock = acquireLock(lock, dist);
  const recovered = recoverSwap(dist, previous);
  if (recovered === 'restored') console.log(`! An earlier build was stopped while publishing; the site it replaced is back in ${dist}.`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  process.env.OUT_DIR = next;
  // Astro lets process.env override import.meta.env at render time; a BASE_URL left in the
  // environment (Vitest sets one) would silently replace the configured base path.
  for (const key of ['BASE_URL', 'SITE', 'ASSETS_PREFIX']) delete process.env[key];

  const astro = startAstroBuild(root);
  if (!(await runValidation(root))) {
    await astro.stop();
    console.error(`\nBuild stopped before writing anything; ${distState()}.`);
    return 1;
  }
  astro.proceed();
  await astro.done;
  moveNotFoundPages(next);
  const buildSeconds = seconds(t0);

  // Pagefind runs in a process of its own; the entry files are written meanwhile.
  const t2 = performance.now();
  const [pages] = await Promise.all([buildSearchIndex(next), writeEntryFiles(next)]);
  const indexSeconds = seconds(t2);

  const problems = verifySite(next);
  if (problems.length) throw new Error(`the new site is incomplete: ${problems.join('; ')}.`);

  mkdirSync(dirname(dist), { recursive: true });
  await swapIn(next, dist, previous, pauseInSwap);
  console.log(
    `✓ site built in ${buildSeconds} s, ${pages} pages indexed in ${indexSeconds} s (entry files written meanwhile), total ${seconds(t0)} s → ${dist}`,
  );
  return 0;
}

// If every stage's promise were somehow left pending (a child gone without a word), Node would
// exit 0 with nothing published; a build that did not finish must never look like success.
process.on('beforeExit', () => {
  if (finished) return;
  console.error(`✗ Build failed: it stopped before finishing; ${distState()}.`);
  process.exit(1);
});

main().then(
  (code) => {
    finished = true;
    rmSync(work, { recursive: true, force: true });
    releaseLock?.();
    process.exit(code);
  },
  (error: unknown) => {
    finished = true;
    if (error instanceof BuildLockedError) {
      console.error(`✗ ${error.message}`);
      process.exit(1);
    }
    console.error(`✗ Build failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`${distState().replace(/^t/, 'T')}.`);
    rmSync(work, { recursive: true, force: true });
    releaseLock?.();
    process.exit(1);
  },
);
