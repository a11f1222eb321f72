/** dist/data/catalogue.csv: one row per entry–member pair, for spreadsheets (src/lib/open-data/catalogue-csv.ts). */
import type { APIRoute } from 'astro';
import { serveDataFile } from '../../lib/open-data/site-data.ts';

export const GET: APIRoute = () => serveDataFile('data/catalogue.csv');
