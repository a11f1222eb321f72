/**
 * dist/robots.txt, pointing at the sitemap. Crawlers read robots.txt only at the origin's
 * root: under a sub-path, hosts merge this Sitemap line into their own (docs/hosting.md).
 */
import type { APIRoute } from 'astro';
import { absoluteUrl, robotsTxt } from '../lib/site-files.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(robotsTxt(absoluteUrl(site!, import.meta.env.BASE_URL, 'sitemap.xml')), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
