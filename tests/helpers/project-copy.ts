/**
 * A temporary copy of the project (sources, scripts, configuration; node_modules linked) with the
 * fixture catalogue as its content folder, for tests that build a changed project: a failing
 * build, a third language.
 */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURE_CONTENT, ROOT } from './builds.ts';

export function copyProject(prefix: string): string {
  const project = mkdtempSync(join(tmpdir(), prefix));
  for (const item of ['src', 'scripts', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, item), join(project, item), { recursive: true });
  }
  cpSync(join(ROOT, FIXTURE_CONTENT), join(project, 'content'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'));
  return project;
}
