/**
 * Builds the Pagefind index of a built site folder with Pagefind's own binary, in a process of its
 * own whose exit is checked: a Pagefind that is killed, runs out of memory or fails to write
 * rejects, so the build fails instead of publishing a site without a search index. (Pagefind's
 * Node API lets the build script exit 0 when its backend process dies: nothing waits on it.)
 */
import { spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The binary the Pagefind package installed for this platform (or PAGEFIND_EXTENDED_BINARY_PATH). */
async function pagefindBinary(): Promise<string> {
  const { resolveBinaryPath } = (await import(new URL('./resolveBinary.js', import.meta.resolve('pagefind')).href)) as {
    resolveBinaryPath: (names: string[]) => string;
  };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

/** Only entry pages carry data-pagefind-body; reading the others would only cost time. */
export const ENTRY_PAGES_GLOB = '{networks,programmes,practices}/*/index.html';

export async function buildSearchIndex(site: string, glob = ENTRY_PAGES_GLOB): Promise<number> {
  const binary = await pagefindBinary();
  await new Promise<void>((resolve, reject) => {
    const child = spawn(binary, ['--site', site, '--glob', glob, '--silent'], { stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('error', (error) => reject(new Error(`Pagefind could not start (${binary}): ${error.message}`)));
    child.on('close', (code, signal) =>
      code === 0 && signal === null
        ? resolve()
        : reject(
            new Error(`Pagefind stopped before the search index was complete (${signal ? `killed by ${signal}` : `exit code ${code}`}).`),
          ),
    );
  });
  const entry = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}
