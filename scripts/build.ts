/**
 * npm run build: validate the content, build the site and its search index into a
 * temporary folder, and only when everything succeeded swap it in as dist/. A failed
 * build leaves the previous dist/ untouched.
 *
 * Validation and Astro start together, each in a process of its own. Astro may read and
 * sync the content meanwhile, but it compiles and runs nothing from it until validation has
 * passed: the content guard integration waits for this script's go-ahead at the start of
 * Astro's build (scripts/lib/astro-content-guard.ts), and Astro's output is held back until
 * then. Invalid content stops Astro and prints only the validation report.
 */
import { existsSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawn } from 'node:child_process';
import { buildSearchIndex } from './lib/search-index.ts';
import { writeEntryFiles } from './lib/entry-files.ts';
import type { ValidationMessage } from './lib/astro-content-guard.ts';

/** Content validation (scripts/lib/validate-child.ts); its report prints as it comes. */
function runValidation(cwd: string): Promise<boolean> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(import.meta.dirname, 'lib', 'validate-child.ts')], { cwd, env: process.env, stdio: 'inherit' });
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
  for (const [from, to] of [[child.stdout, process.stdout], [child.stderr, process.stderr]] as const) {
    from?.on('data', (d: Buffer) => (live ? to.write(d) : held.push([to, d])));
  }
  const done = new Promise<void>((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) =>
      code === 0 ? resolvePromise() : reject(new Error(`Astro could not build the site (${signal ?? `exit code ${code}`}); its message is above.`)),
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
// One work folder per target, so builds for different targets never share a temporary folder.
const work = resolve(root, '.build-tmp', dist.replace(/[^A-Za-z0-9]+/g, '-').slice(-80));
const next = join(work, 'dist');
const old = join(work, 'previous');
const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);

async function main(): Promise<number> {
  const t0 = performance.now();
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  process.env.OUT_DIR = next;
  // Astro lets process.env override import.meta.env at render time; a BASE_URL left in the
  // environment (Vitest sets one) would silently replace the configured base path.
  for (const key of ['BASE_URL', 'SITE', 'ASSETS_PREFIX']) delete process.env[key];

  const astro = startAstroBuild(root);
  if (!(await runValidation(root))) {
    await astro.stop();
    rmSync(work, { recursive: true, force: true });
    console.error(`\nBuild stopped before writing anything; ${existsSync(dist) ? 'the previous dist/ is unchanged' : 'no dist/ was written'}.`);
    return 1;
  }
  astro.proceed();
  await astro.done;
  const buildSeconds = seconds(t0);

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
