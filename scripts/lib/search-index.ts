/**
 * Builds the Pagefind index of a built site folder with Pagefind's own binary, in a process of its
 * own whose exit is checked: a Pagefind that is killed, runs out of memory or fails to write
 * rejects, so the build fails instead of publishing a site without a search index. (Pagefind's
 * Node API lets the build script exit 0 when its backend process dies: nothing waits on it.)
 *
 * Pagefind splits a word into its parts only at ASCII punctuation, so the French elisions of
 * typographic French ("d’entraide", "l’Union") would be indexed as one word ("dentraide") and a
 * search for "entraide" would miss them. The index is therefore read from a copy of the entry
 * pages in which the typographic apostrophe is the ASCII one; the pages served keep theirs, and
 * the search page shows excerpts with the typographic apostrophe again (src/client/search.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { KINDS } from '../../src/schemas/vocabularies.ts';
import { localePrefix } from '../../src/lib/urls.ts';

/** The binary the Pagefind package installed for this platform (or PAGEFIND_EXTENDED_BINARY_PATH). */
async function pagefindBinary(): Promise<string> {
  const { resolveBinaryPath } = (await import(new URL('./resolveBinary.js', import.meta.resolve('pagefind')).href)) as {
    resolveBinaryPath: (names: string[]) => string;
  };
  return resolveBinaryPath(['pagefind_extended', 'pagefind']);
}

/** Folders of the entry pages, in every language: "networks", "fr/networks", … */
const entryFolders = () => LOCALE_CODES.flatMap((lang) => [...KINDS.keys()].map((kind) => `${localePrefix(lang)}${kind}`));

/**
 * Only entry pages carry data-pagefind-body; reading the others would only cost time. Each
 * language's entry pages go into that language's own index, which Pagefind picks from each page's
 * <html lang> and stems in that language.
 */
export const ENTRY_PAGES_GLOB = `{${entryFolders().join(',')}}/*/index.html`;

/** What Pagefind reads of a page: the typographic apostrophe as the ASCII one, so elisions split. */
export const forIndexing = (html: string) => html.replaceAll('’', "'");

/** Copies the entry pages of `site` into `copy` as Pagefind should read them; returns how many. */
export function prepareIndexSource(site: string, copy: string): number {
  rmSync(copy, { recursive: true, force: true });
  let pages = 0;
  for (const folder of entryFolders()) {
    const from = join(site, folder);
    if (!existsSync(from)) continue;
    for (const id of readdirSync(from)) {
      const file = join(from, id, 'index.html');
      if (!existsSync(file)) continue;
      mkdirSync(join(copy, folder, id), { recursive: true });
      const html = readFileSync(file, 'utf8');
      const target = join(copy, folder, id, 'index.html');
      const indexed = forIndexing(html);
      if (indexed !== html) writeFileSync(target, indexed);
      else {
        try {
          linkSync(file, target);
        } catch {
          copyFileSync(file, target);
        }
      }
      pages++;
    }
  }
  return pages;
}

export async function buildSearchIndex(site: string, glob = ENTRY_PAGES_GLOB): Promise<number> {
  const binary = await pagefindBinary();
  const source = `${site.replace(/\/+$/, '')}.index-source`;
  prepareIndexSource(site, source);
  try {
    await new Promise<void>((resolve, reject) => {
      const child = spawn(binary, ['--site', source, '--output-path', join(site, 'pagefind'), '--glob', glob, '--silent'], {
        stdio: ['ignore', 'inherit', 'inherit'],
      });
      child.on('error', (error) => reject(new Error(`Pagefind could not start (${binary}): ${error.message}`)));
      child.on('close', (code, signal) =>
        code === 0 && signal === null
          ? resolve()
          : reject(
              new Error(`Pagefind stopped before the search index was complete (${signal ? `killed by ${signal}` : `exit code ${code}`}).`),
            ),
      );
    });
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
  const entry = JSON.parse(await readFile(join(site, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };
  return Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0);
}
