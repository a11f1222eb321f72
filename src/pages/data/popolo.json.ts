/** dist/data/popolo.json: organizations and memberships in the Popolo specification (src/lib/open-data/popolo.ts). */
import type { APIRoute } from 'astro';
import { serveDataFile } from '../../lib/open-data/site-data.ts';

export const GET: APIRoute = () => serveDataFile('data/popolo.json');
