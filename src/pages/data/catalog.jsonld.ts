/** dist/data/catalog.jsonld: the DCAT-AP 3.0.1 description of the open data, for data portals (src/lib/open-data/dcat.ts). */
import type { APIRoute } from 'astro';
import { dcatCatalog } from '../../lib/open-data/dcat.ts';
import { getOpenData } from '../../lib/open-data/site-data.ts';
import { siteConfig } from '../../site-config.ts';

export const GET: APIRoute = async () => {
  const { catalogue, dates, files } = await getOpenData();
  return new Response(JSON.stringify(dcatCatalog(catalogue, dates, siteConfig(process.env), files), null, 1), {
    headers: { 'Content-Type': 'application/ld+json' },
  });
};
