/** dist/data/entries/<id>.json: one entry's open-data record, the same as in catalogue.json. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../content.ts';
import { toExportRecord } from '../../../lib/export.ts';
import type { Entry } from '../../../lib/model.ts';

export const getStaticPaths = (async () => {
  const { entries } = await getCatalogue();
  return entries.map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Entry }> = ({ props }) =>
  new Response(JSON.stringify(toExportRecord(props.entry, import.meta.env.BASE_URL), null, 1), {
    headers: { 'Content-Type': 'application/json' },
  });
