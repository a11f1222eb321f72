/**
 * dist/data/entries/<id>.json: each entry's open-data record alone, the same object as in
 * data/catalogue.json. Written from catalogue.json after the Astro build rather than as one
 * Astro route per entry: at 10,000 entries that saves 10,000 page renders.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeEntryFiles(site: string): number {
  const { entries } = JSON.parse(readFileSync(join(site, 'data', 'catalogue.json'), 'utf8')) as { entries: Array<{ id: string }> };
  const dir = join(site, 'data', 'entries');
  mkdirSync(dir, { recursive: true });
  for (const record of entries) writeFileSync(join(dir, `${record.id}.json`), JSON.stringify(record, null, 1));
  return entries.length;
}
