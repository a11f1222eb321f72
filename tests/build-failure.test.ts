/**
 * A failed build must say what is wrong (file, field, fix), exit non-zero, and leave the
 * previous dist/ exactly as it was, whether it fails in validation or inside Astro.
 * Runs the real build script in a temporary copy of the project.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './helpers/builds.ts';

let project: string;
const marker = () => readFileSync(join(project, 'dist', 'index.html'), 'utf8');

function run(args: string[]) {
  const env = { ...process.env };
  delete env.BASE_URL;
  const r = spawnSync(process.execPath, args, { cwd: project, env, encoding: 'utf8', timeout: 180_000 });
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

const goodEntry = readFileSync(join(ROOT, 'src/content/networks/carin.md'), 'utf8');

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'catalogue-build-'));
  for (const item of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, item), join(project, item), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  mkdirSync(join(project, 'dist'));
  writeFileSync(join(project, 'dist', 'index.html'), 'previous site');
});
afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('a failing build', () => {
  it('stops on invalid content with the file, field and fix, and keeps dist/', () => {
    withFile('src/content/networks/broken.md', goodEntry.replace('name: ', 'name: Broken ').replace(/country: Austria/, 'country: Austrai'), () => {
      const { code, output } = run(['scripts/build.ts']);
      expect(code).toBe(1);
      expect(output).toMatch(/src\/content\/networks\/broken\.md:\d+\s+members\[0\]\.country\s+Unknown country “Austrai”\. Did you mean “Austria”/);
      expect(output).toMatch(/previous dist\/ is unchanged/);
      expect(marker()).toBe('previous site');
    });
  });

  it('refuses content that tries to run code', () => {
    withFile('src/content/networks/hostile.mdx', readFileSync(join(ROOT, 'tests/fixtures/hostile/expression.mdx'), 'utf8'), () => {
      const { code, output } = run(['scripts/build.ts']);
      expect(code).toBe(1);
      expect(output).toMatch(/hostile\.mdx:\d+\s+body\s+JavaScript expressions in braces/);
      expect(marker()).toBe('previous site');
    });
  });

  it('refuses the same content when Astro is run directly, without the build script', () => {
    withFile('src/content/networks/hostile.md', readFileSync(join(ROOT, 'tests/fixtures/hostile/script-tag.md'), 'utf8'), () => {
      const { code, output } = run(['node_modules/astro/bin/astro.mjs', 'build']);
      expect(code).not.toBe(0);
      expect(output).toMatch(/Raw HTML <script> is not allowed/);
    });
  });

  it('keeps dist/ when Astro itself fails after validation passed', () => {
    // Valid frontmatter and safe body, but MDX that does not compile: an unclosed component.
    const mdx = goodEntry.replace('name: ', 'name: Unclosed ').replace(/\n---\n[\s\S]*$/, '\n---\n\n<Aside title="Open">\n\nNever closed.\n');
    withFile('src/content/networks/unclosed.mdx', mdx, () => {
      const { code, output } = run(['scripts/build.ts']);
      expect(code).toBe(1);
      expect(output).toMatch(/Build failed/);
      expect(marker()).toBe('previous site');
      expect(readdirSync(join(project, 'dist'))).toEqual(['index.html']);
      expect(existsSync(join(project, '.build-tmp')) ? readdirSync(join(project, '.build-tmp')) : []).toEqual([]);
    });
  });
});
