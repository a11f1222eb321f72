/**
 * dist/data/entries/<id>.json: each entry's open-data record alone, the same object as in
 * data/catalogue.json. Written from catalogue.json after the Astro build rather than as one
 * Astro route per entry: at 10,000 entries that saves 10,000 page renders. Asynchronous, so
 * the build script writes them while Pagefind (another process) indexes the pages.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export async function writeEntryFiles(site: string): Promise<number> {
  const { entries } = JSON.parse(await readFile(join(site, 'data', 'catalogue.json'), 'utf8')) as { entries: Array<{ id: string }> };
  const dir = join(site, 'data', 'entries');
  await mkdir(dir, { recursive: true });
  // A few writes in flight at once keep the disk busy without opening thousands of files.
  const queue = [...entries];
  const worker = async () => {
    for (let record = queue.shift(); record; record = queue.shift()) {
      await writeFile(join(dir, `${record.id}.json`), JSON.stringify(record, null, 1));
    }
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return entries.length;
}
