/** dist/data/catalogue.schema.json: JSON Schema of catalogue.json, generated from src/schemas/export-record.ts. */
import type { APIRoute } from 'astro';
import { catalogueJsonSchema } from '../../schemas/export-record.ts';
import { absoluteUrl } from '../../lib/site-files.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(catalogueJsonSchema(absoluteUrl(site!, import.meta.env.BASE_URL, 'data/catalogue.schema.json')), null, 1), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
