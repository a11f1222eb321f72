/** dist/data/catalogue.json: the whole catalogue as open data (src/lib/open-data/files.ts). */
import type { APIRoute } from 'astro';
import { serveDataFile } from '../../lib/open-data/site-data.ts';

export const GET: APIRoute = () => serveDataFile('data/catalogue.json');
