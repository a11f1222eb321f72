/**
 * Writes a new entry skeleton from scripts/templates/<kind>.md: every field explained in a
 * comment, values that already pass validation, and an id derived from the name that no
 * other entry uses.
 */
import { existsSync, readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS, type Kind } from '../../src/schemas/vocabularies.ts';

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
    for (const f of readdirSync(dir)) ids.add(f.replace(/\.mdx?$/, ''));
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
}

export function createEntry(root: string, kindWord: string, name: string, today = new Date().toISOString().slice(0, 10)): NewEntryResult {
  const kind = KIND_WORDS[kindWord] ?? (KINDS.has(kindWord as Kind) ? (kindWord as Kind) : undefined);
  if (!kind) throw new Error(`Unknown kind “${kindWord}”. Use one of: ${Object.keys(KIND_WORDS).join(', ')}.`);
  const clean = name.trim();
  if (clean.length < 3) throw new Error('Give the full name of the entry in quotes, e.g. npm run new -- network "European Judicial Network".');
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
  return { path, id };
}
