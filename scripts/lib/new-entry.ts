/**
 * Writes a new entry skeleton from scripts/templates/<kind>.md: every field explained in a
 * comment, values that already pass validation, and an id derived from the name that no
 * other entry uses.
 */
import { siteConfig } from '../../src/site-config.ts';
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, type Kind } from '../../src/schemas/vocabularies.ts';
import { ENTRY_SCHEMAS } from '../../src/schemas/entry.ts';
import { TRANSLATED_LOCALES, LOCALES, isLocale } from '../../src/i18n/locales.ts';
import { translatableText, translationSkeleton, type EnglishSource } from '../../src/lib/translation.ts';
import { readEntryFile } from './read-entry.ts';

/** Singular words accepted on the command line. */
export const KIND_WORDS: Record<string, Kind> = { network: 'networks', programme: 'programmes', practice: 'practices' };

/** Text the templates contain until the contributor replaces it; validate warns if it is left. */
export const TEMPLATE_MARKERS = ['Replace this sentence:', 'Write the body here, in your own words'];

export function slugify(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** All ids in use, across kinds (ids are unique across the whole catalogue). */
function usedIds(root: string): Set<string> {
  const ids = new Set<string>();
  for (const kind of KINDS.keys()) {
    const dir = join(root, 'src', 'content', kind);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) ids.add(f.replace(/(\.[a-z]{2,3})?\.mdx?$/, ''));
  }
  return ids;
}

export function uniqueId(root: string, name: string): string {
  const base = slugify(name) || 'entry';
  const used = usedIds(root);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

export interface NewEntryResult {
  path: string;
  id: string;
  /** The translation skeletons written beside the entry. */
  translations: string[];
}

export function createEntry(root: string, kindWord: string, name: string, today = new Date().toISOString().slice(0, 10)): NewEntryResult {
  const kind = KIND_WORDS[kindWord] ?? (KINDS.has(kindWord as Kind) ? (kindWord as Kind) : undefined);
  if (!kind) throw new Error(`Unknown kind “${kindWord}”. Use one of: ${Object.keys(KIND_WORDS).join(', ')}.`);
  const clean = name.trim();
  if (clean.length < 3)
    throw new Error('Give the full name of the entry in quotes, e.g. npm run new -- network "European Judicial Network".');
  const id = uniqueId(root, clean);
  const singular = Object.entries(KIND_WORDS).find(([, k]) => k === kind)![0];
  const template = readFileSync(join(root, 'scripts', 'templates', `${singular}.md`), 'utf8');
  const yamlString = (s: string) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
  const text = template
    .replaceAll('{{name}}', yamlString(clean))
    .replaceAll('{{summary}}', yamlString(`${TEMPLATE_MARKERS[0]} say in one line what ${clean} is and what it does for practitioners.`))
    .replaceAll('{{today}}', today)
    .replaceAll('{{year}}', today.slice(0, 4));
  const path = join(root, 'src', 'content', kind, `${id}.md`);
  writeFileSync(path, text, { flag: 'wx' });
  const translations = TRANSLATED_LOCALES.map((locale) => createTranslation(root, locale, id));
  return { path, id, translations };
}

/**
 * Writes <id>.<locale>.md beside an entry: every text of the entry to translate, in English, in
 * its place, and the fingerprint of that English text (src/lib/translation.ts).
 */
export function createTranslation(root: string, locale: string, id: string): string {
  if (!isLocale(locale) || !(TRANSLATED_LOCALES as string[]).includes(locale)) {
    throw new Error(`Unknown language “${locale}”. Use one of: ${TRANSLATED_LOCALES.join(', ')}.`);
  }
  for (const kind of KINDS.keys()) {
    for (const extension of ['md', 'mdx']) {
      const source = join(root, siteConfig(process.env).contentDir, kind, `${id}.${extension}`);
      if (!existsSync(source)) continue;
      const read = readEntryFile(source);
      const parsed = read.data === undefined ? undefined : ENTRY_SCHEMAS[kind].safeParse(read.data);
      if (!parsed?.success) throw new Error(`${source} does not validate yet; run npm run validate and fix it first.`);
      const target = join(root, siteConfig(process.env).contentDir, kind, `${id}.${locale}.${extension}`);
      const english = translatableText(parsed.data as unknown as EnglishSource, read.body);
      writeFileSync(target, translationSkeleton(english, LOCALES[locale].name), { flag: 'wx' });
      return target;
    }
  }
  throw new Error(`No entry “${id}” in ${siteConfig(process.env).contentDir}/. Give the id (the file name without extension).`);
}
