/** dist/feed.xml: Atom feed of the entries, most recently reviewed or changed first. */
import type { APIRoute } from 'astro';
import { getCatalogue } from '../content.ts';
import { absoluteUrl, atomFeed } from '../lib/site-files.ts';
import { t } from '../i18n/ui.ts';

export const GET: APIRoute = async ({ site }) => {
  const base = import.meta.env.BASE_URL;
  const { entries } = await getCatalogue();
  const xml = atomFeed(entries, {
    title: t('site.name'),
    home: absoluteUrl(site!, base),
    self: absoluteUrl(site!, base, 'feed.xml'),
    author: t('site.name'),
    url: (e) => absoluteUrl(site!, base, e.path),
  });
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
