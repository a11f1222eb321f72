/**
 * dist/data/finder.json: the compact records the cooperation finder (/finder/) searches in
 * the browser — per entry its name, kind, path, crime areas, instruments and [country, role]
 * pairs. The full open data is data/catalogue.json.
 */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../../content.ts';
import { toFinderEntry } from '../../lib/finder.ts';

export const GET: APIRoute = async () => {
  const { entries } = await getCatalogue();
  return new Response(JSON.stringify({ entries: entries.map(toFinderEntry) }), { headers: { 'Content-Type': 'application/json' } });
};
