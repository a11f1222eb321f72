/** dist/data/catalogue.csv: one row per entry–member pair. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../content.ts';
import { href } from '../../lib/urls.ts';
import { toCsv, toExportRecord } from '../../lib/export.ts';

export const GET: APIRoute = async () => {
  const { entries } = await getCatalogue();
  return new Response(toCsv(entries.map((e) => toExportRecord(e, href))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
