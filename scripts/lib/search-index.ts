/** Builds the Pagefind index of a built site folder with Pagefind's Node API. */
import * as pagefind from 'pagefind';
import { join } from 'node:path';

export async function buildSearchIndex(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Only entry pages carry data-pagefind-body; reading the others would only cost time.
  const added = await index.addDirectory({ path: site, glob: '{networks,programmes,practices}/*/index.html' });
  if (added.errors.length) throw new Error(`Pagefind indexing failed: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length) throw new Error(`Pagefind could not write the index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}
