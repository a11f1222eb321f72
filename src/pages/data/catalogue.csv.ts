/** dist/data/catalogue.csv: one row per entry–member pair. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../content.ts';
import { toCsv, toExportRecord } from '../../lib/export.ts';

export const GET: APIRoute = async () => {
  const { entries } = await getCatalogue();
  return new Response(toCsv(entries.map((e) => toExportRecord(e, import.meta.env.BASE_URL))), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
};
