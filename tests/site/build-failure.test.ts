/**
 * A build never lies about success. It exits non-zero, says what is wrong and leaves the previous
 * dist/ exactly as it was whenever a stage fails or its process dies (validation, Astro, Pagefind),
 * refuses to run beside another build of the same target, and recovers the previous site when a
 * build was killed in the middle of publishing. Runs the real build script in a temporary copy of
 * the project, with the fixture catalogue as its content (CONTENT_DIR=content).
 */
import { copyProject } from '../helpers/project-copy.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { FIXTURE_CONTENT, ROOT } from '../helpers/builds.ts';

let project: string;
const marker = () =>
  existsSync(join(project, 'dist', 'index.html')) ? readFileSync(join(project, 'dist', 'index.html'), 'utf8') : undefined;
const previousSite = () => {
  rmSync(join(project, 'dist'), { recursive: true, force: true });
  mkdirSync(join(project, 'dist'));
  writeFileSync(join(project, 'dist', 'index.html'), 'previous site');
};
const leftovers = () => (existsSync(join(project, '.build-tmp')) ? readdirSync(join(project, '.build-tmp')) : []);

function environment(extra: Record<string, string> = {}) {
  const env: Record<string, string | undefined> = { ...process.env, CONTENT_DIR: 'content', ...extra };
  delete env['BASE_URL'];
  return env;
}

function run(args: string[], extra: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, args, { cwd: project, env: environment(extra), encoding: 'utf8', timeout: 180_000 });
  return { code: r.status, output: `${r.stdout}\n${r.stderr}` };
}

function withFile(path: string, content: string, test: () => void) {
  const full = join(project, path);
  writeFileSync(full, content);
  try {
    test();
  } finally {
    rmSync(full);
  }
}

/** Starts a build that pauses between the two renames of its swap; resolves once it is paused. */
async function buildPausedInSwap() {
  const pause = join(project, 'paused');
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    cwd: project,
    env: environment({ BUILD_TEST_PAUSE_IN_SWAP: pause }),
    stdio: 'pipe',
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d));
  child.stderr.on('data', (d: Buffer) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  for (let waited = 0; !existsSync(pause); waited += 50) {
    if (waited > 150_000 || child.exitCode !== null) throw new Error(`the build did not reach the swap:\n${output}`);
    await sleep(50);
  }
  return { child, exited, resume: () => rmSync(pause, { force: true }), output: () => output };
}

const goodEntry = readFileSync(join(ROOT, FIXTURE_CONTENT, 'networks/atlantic-prosecutors-network.md'), 'utf8');
const broken = goodEntry.replace('name: ', 'name: Broken ').replace(/country: Albania/, 'country: Albanai');

beforeAll(() => {
  project = copyProject('catalogue-build-');
  previousSite();
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a failing build', () => {
  it('stops on invalid content with the file, field and fix, and keeps dist/', () => {
    withFile('content/networks/broken.md', broken, () => {
      const { code, output } = run(['scripts/build.ts']);
      expect(code).toBe(1);
      expect(output).toMatch(
        /content\/networks\/broken\.md:\d+\s+members\[0\]\.country\s+Unknown country “Albanai”\. Did you mean “Albania”/,
      );
      expect(output).toMatch(/previous dist\/ is unchanged/);
      expect(marker()).toBe('previous site');
      expect(leftovers()).toEqual([]);
    });
  });

  it('refuses content that tries to run code', () => {
    withFile('content/networks/hostile.mdx', readFileSync(join(ROOT, 'tests/fixtures/hostile/expression.mdx'), 'utf8'), () => {
      const { code, output } = run(['scripts/build.ts'], { HOSTILE_MARKER: join(project, 'code-ran') });
      expect(code).toBe(1);
      expect(output).toMatch(/hostile\.mdx:\d+\s+body\s+JavaScript expressions in braces/);
      expect(marker()).toBe('previous site');
      expect(existsSync(join(project, 'code-ran'))).toBe(false);
    });
  });

  it('keeps dist/ when Astro itself fails after validation passed', () => {
    withFile('src/pages/boom.astro', '---\nthrow new Error("a page that cannot be built");\n---\n', () => {
      const { code, output } = run(['scripts/build.ts']);
      expect(code).toBe(1);
      expect(output).toMatch(/a page that cannot be built[\s\S]*Build failed: Astro could not build the site/);
      expect(marker()).toBe('previous site');
      expect(leftovers()).toEqual([]);
    });
  });

  it.each([
    ['before it writes anything', 'kill -9 $$'],
    ['after it wrote the index', '"$REAL_PAGEFIND" "$@"; kill -9 $$'],
    ['with an error', 'echo "Pagefind: disk full" >&2; exit 3'],
  ])('fails, and keeps dist/, when Pagefind dies %s', (_when, script) => {
    const fake = join(project, 'fake-pagefind.sh');
    writeFileSync(fake, `#!/bin/sh\n${script}\n`);
    chmodSync(fake, 0o755);
    const real = readdirSync(join(ROOT, 'node_modules/@pagefind'))
      .map((d) => join(ROOT, 'node_modules/@pagefind', d, 'bin/pagefind_extended'))
      .find(existsSync)!;
    const { code, output } = run(['scripts/build.ts'], { PAGEFIND_EXTENDED_BINARY_PATH: fake, REAL_PAGEFIND: real });
    expect(code).toBe(1);
    expect(output).toMatch(/Build failed: Pagefind stopped before the search index was complete \((killed by SIGKILL|exit code 3)\)/);
    expect(marker()).toBe('previous site');
    expect(leftovers()).toEqual([]);
  });
});

describe('builds of the same target', () => {
  it('never run at once: the second is refused with a clear message, the first completes', async () => {
    previousSite();
    const first = await buildPausedInSwap();
    const second = run(['scripts/build.ts']);
    expect(second.code).toBe(1);
    expect(second.output).toMatch(/Another build of .*dist is running \(process \d+, started .*\)\. Wait for it to finish/);
    first.resume();
    expect(await first.exited, first.output()).toBe(0);
    expect(marker()).toMatch(/<!doctype html>/i);
    expect(existsSync(join(project, 'dist', 'pagefind', 'pagefind.js'))).toBe(true);
    expect(leftovers()).toEqual([]);
  });

  it('recover the previous site when a build was killed between the renames of the swap', async () => {
    previousSite();
    const killed = await buildPausedInSwap();
    killed.child.kill('SIGKILL');
    await killed.exited;
    expect(marker()).toBeUndefined(); // the worst moment: dist/ renamed away, the new site not yet in
    withFile('content/networks/broken.md', broken, () => {
      const { code, output } = run(['scripts/build.ts']);
      expect(code).toBe(1);
      expect(output).toMatch(/An earlier build was stopped while publishing; the site it replaced is back/);
      expect(marker()).toBe('previous site');
    });
    expect(leftovers()).toEqual([]);
  });
});

describe('a direct `astro build` with the hostile corpus in the content', () => {
  const corpus = readdirSync(join(ROOT, 'tests/fixtures/hostile'));
  function withCorpus(test: () => void, files = corpus) {
    const names = files.map((name) => `content/networks/hostile-${name}`);
    for (const [i, name] of files.entries()) cpSync(join(ROOT, 'tests/fixtures/hostile', name), join(project, names[i]!));
    try {
      test();
    } finally {
      for (const name of names) rmSync(join(project, name), { force: true });
      rmSync(join(project, 'direct-dist'), { recursive: true, force: true });
    }
  }
  const emitted = () =>
    existsSync(join(project, 'direct-dist'))
      ? readdirSync(join(project, 'direct-dist'), { recursive: true, withFileTypes: true })
          .filter((d) => d.isFile())
          .map((d) => join(d.parentPath, d.name))
      : [];

  it('is refused by the content guard, which validates first: nothing runs, nothing is written', () => {
    withCorpus(() => {
      const { code, output } = run(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', 'direct-dist'], {
        HOSTILE_MARKER: join(project, 'code-ran'),
      });
      expect(code).not.toBe(0);
      expect(output).toMatch(/Content validation failed/);
      for (const name of corpus) expect(output, name).toContain(`hostile-${name}`);
      expect(existsSync(join(project, 'code-ran'))).toBe(false);
      expect(emitted()).toEqual([]);
    });
  });

  // Markdown bodies and MDX take different paths through Astro (rendered by the content loader,
  // compiled by Vite), so each kind is tried on its own.
  it.each([
    ['Markdown', '.md'],
    ['MDX', '.mdx'],
  ])('in %s is refused by the compiler itself when the guard is removed: nothing runs, no page is written', (_kind, extension) => {
    writeFileSync(
      join(project, 'unguarded.config.mjs'),
      "import config from './astro.config.mjs';\nexport default { ...config, integrations: config.integrations.filter((i) => i.name !== 'catalogue-content-guard') };\n",
    );
    withCorpus(
      () => {
        const { code, output } = run(
          ['node_modules/astro/bin/astro.mjs', 'build', '--config', 'unguarded.config.mjs', '--outDir', 'direct-dist'],
          {
            HOSTILE_MARKER: join(project, 'code-ran'),
          },
        );
        expect(code).not.toBe(0);
        expect(output).toMatch(/content refused by the catalogue's content policy|could not be rendered/);
        expect(existsSync(join(project, 'code-ran'))).toBe(false);
        expect(emitted().filter((f) => f.endsWith('.html'))).toEqual([]);
      },
      corpus.filter((name) => name.endsWith(extension) && !name.startsWith('frontmatter-')),
    );
  });
});
