/** dist/data/catalogue.schema.json: JSON Schema of catalogue.json, generated from src/schemas/export-record.ts. */
import type { APIRoute } from 'astro';
import { catalogueJsonSchema } from '../../schemas/export-record.ts';
import { absolute, paths } from '../../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(JSON.stringify(catalogueJsonSchema(absolute(paths.file('data/catalogue.schema.json'))), null, 1), {
    headers: { 'Content-Type': 'application/schema+json' },
  });
