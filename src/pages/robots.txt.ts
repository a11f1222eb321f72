/**
 * dist/robots.txt, pointing at the sitemap. Crawlers read robots.txt only at the origin's
 * root: under a sub-path, hosts merge this Sitemap line into their own (docs/hosting.md).
 */
import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/site-files.ts';
import { absolute, paths } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(robotsTxt(absolute(paths.file('sitemap-index.xml'))), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
