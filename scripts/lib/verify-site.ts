/**
 * The checks a new build must pass before it replaces dist/: the pages, the search index and the
 * open data are all there and agree. A process that died mid-way (Pagefind killed, a full disk)
 * leaves something missing, and the build then fails instead of publishing it.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LOCALE_CODES, LOCALES, TRANSLATED_LOCALES } from '../../src/i18n/locales.ts';
import { localePrefix } from '../../src/lib/urls.ts';

export interface SiteExpectation {
  /** Site paths of the entry pages, e.g. "networks/carin/" (from data/catalogue.json when omitted). */
  entryPaths?: string[];
  /** Language codes whose search index must exist, e.g. ["en", "fr"]. */
  languages?: string[];
}

const readJson = <T>(path: string): T | undefined => {
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch {
    return undefined;
  }
};

/** What is missing or inconsistent in the built site at `dir`; empty when it can be published. */
export function verifySite(dir: string, expect: SiteExpectation = {}): string[] {
  const problems: string[] = [];
  const required = ['index.html', '404.html', 'data/catalogue.json', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json'];
  for (const lang of TRANSLATED_LOCALES) required.push(`${lang}/index.html`, `${lang}/404.html`);
  for (const file of required) {
    if (!existsSync(join(dir, file))) problems.push(`${file} is missing`);
  }
  const catalogue = readJson<{ entries: Array<{ id: string; kind: string }> }>(join(dir, 'data/catalogue.json'));
  if (!catalogue) return [...problems, 'data/catalogue.json cannot be read'];
  const paths = expect.entryPaths ?? catalogue.entries.map((e) => `${e.kind}/${e.id}/`);
  // Every entry has a page in every language (a translated one, or the English with a notice).
  const missingPages = LOCALE_CODES.flatMap((lang) => paths.map((p) => localePrefix(lang) + p)).filter(
    (p) => !existsSync(join(dir, p, 'index.html')),
  );
  if (missingPages.length) problems.push(`${missingPages.length} entry page(s) missing, e.g. ${missingPages[0]}`);
  const missingRecords = catalogue.entries.filter((e) => !existsSync(join(dir, 'data/entries', `${e.id}.json`)));
  if (missingRecords.length)
    problems.push(`${missingRecords.length} data/entries/<id>.json file(s) missing, e.g. ${missingRecords[0]!.id}`);
  const index = readJson<{ languages: Record<string, { page_count: number }> }>(join(dir, 'pagefind/pagefind-entry.json'));
  if (index) {
    const indexed = Object.values(index.languages).reduce((n, l) => n + l.page_count, 0);
    const languages = expect.languages ?? LOCALE_CODES.map((l) => LOCALES[l].searchLanguage);
    const expected = paths.length * languages.length;
    if (indexed !== expected) problems.push(`the search index holds ${indexed} page(s), expected ${expected}`);
    for (const language of languages) if (!index.languages[language]) problems.push(`the search index has no “${language}” language`);
    if (
      existsSync(join(dir, 'pagefind')) &&
      !readdirSync(join(dir, 'pagefind')).some((f) => f.startsWith('pagefind.') && f.endsWith('.pf_meta'))
    ) {
      problems.push('the search index metadata (pagefind.*.pf_meta) is missing');
    }
  } else if (existsSync(join(dir, 'pagefind/pagefind-entry.json'))) problems.push('pagefind/pagefind-entry.json cannot be read');
  return problems;
}
