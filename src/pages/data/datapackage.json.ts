/** dist/data/datapackage.json: the Frictionless Data Package (v2) of the CSV tables (src/lib/open-data/datapackage.ts). */
import type { APIRoute } from 'astro';
import { serveDataFile } from '../../lib/open-data/site-data.ts';

export const GET: APIRoute = () => serveDataFile('data/datapackage.json');
