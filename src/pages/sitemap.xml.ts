/** dist/sitemap.xml: every page except 404, as absolute URLs under SITE_URL and the base path. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../content.ts';
import { absoluteUrl, pagePaths, sitemapXml } from '../lib/site-files.ts';

export const GET: APIRoute = async ({ site }) => {
  const urls = pagePaths(await getCatalogue()).map((p) => absoluteUrl(site!, import.meta.env.BASE_URL, p));
  return new Response(sitemapXml(urls), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
