/** dist/data/catalogue.json: the whole catalogue as open data. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../content.ts';
import { href } from '../../lib/urls.ts';
import { toExportRecord } from '../../lib/export.ts';

export const GET: APIRoute = async () => {
  const { entries } = await getCatalogue();
  const body = {
    generated: new Date().toISOString(),
    licence: 'CC-BY-4.0',
    entries: entries.map((e) => toExportRecord(e, href)),
  };
  return new Response(JSON.stringify(body, null, 1), { headers: { 'Content-Type': 'application/json' } });
};
