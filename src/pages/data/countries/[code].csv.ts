/** dist/data/countries/<code>.csv: a country page's entries for spreadsheets (src/lib/open-data/country-csv.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCatalogue } from '../../../content.ts';
import { countryCsv } from '../../../lib/open-data/country-csv.ts';

export const getStaticPaths = (async () => {
  const { countries } = await getCatalogue();
  return countries.map((c) => ({ params: { code: c.code.toLowerCase() } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(countryCsv(await getCatalogue(), String(params.code).toUpperCase()), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
