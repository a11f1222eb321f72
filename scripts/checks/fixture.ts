/** Writes a tiny built site to a temporary folder for the checks' unit tests. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll } from 'vitest';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { loadSite } from './site.ts';
import type { Site } from './types.ts';

export function page(title: string, body: string, head = ''): string {
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>${head}</head><body><main>${body}</main></body></html>`;
}

const made: string[] = [];
// Every fixture folder is removed when the test file that made it has finished.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function fixtureSite(files: Record<string, string | Buffer>, base = '/'): Site {
  const dir = mkdtempSync(join(tmpdir(), 'check-fixture-'));
  made.push(dir);
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), content);
  }
  return loadSite(dir, base);
}
