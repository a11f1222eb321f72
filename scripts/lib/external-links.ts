/**
 * External link checking, for scheduled runs (npm run check:external), never for every
 * change: other sites go down and come back, and a change should not fail because of
 * them. Collects every http(s) URL the built site links to, plus every URL in the open
 * data (entry websites and sources), and checks each with HEAD, then GET when HEAD is
 * refused or fails, a few at a time and each with a timeout.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tags } from '../checks/html.ts';
import type { Site } from '../checks/types.ts';

/** Each external URL with the places it appears (page files, or "data/catalogue.json: <entry id>"). */
export type UrlSources = Map<string, Set<string>>;

const LINK_ATTRS: Record<string, string> = {
  a: 'href',
  area: 'href',
  link: 'href',
  img: 'src',
  script: 'src',
  iframe: 'src',
  source: 'src',
};

/** The site's own origin, from the canonical link: links to it are internal, not external. */
function ownOrigin(site: Site): string | undefined {
  for (const page of site.pages) {
    const canonical = tags(page.html).find((t) => t.name === 'link' && t.attrs.get('rel') === 'canonical');
    if (canonical?.attrs.get('href')) return new URL(canonical.attrs.get('href')!).origin;
  }
  return undefined;
}

function add(urls: UrlSources, url: string, where: string): void {
  const clean = url.trim();
  if (!/^https?:\/\//i.test(clean)) return;
  if (!urls.has(clean)) urls.set(clean, new Set());
  urls.get(clean)!.add(where);
}

/** Every string value that is an http(s) URL, anywhere in a JSON value. */
function urlsIn(value: unknown, found: string[] = []): string[] {
  if (typeof value === 'string') {
    if (/^https?:\/\//i.test(value)) found.push(value);
  } else if (Array.isArray(value)) for (const v of value) urlsIn(v, found);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) urlsIn(v, found);
  return found;
}

export function collectExternalUrls(site: Site): UrlSources {
  const urls: UrlSources = new Map();
  const own = ownOrigin(site);
  for (const page of site.pages) {
    for (const tag of tags(page.html)) {
      const attr = LINK_ATTRS[tag.name];
      const value = attr && tag.attrs.get(attr);
      if (!value || !/^https?:\/\//i.test(value)) continue;
      if (own && new URL(value).origin === own) continue;
      add(urls, value, page.file);
    }
  }
  const data = join(site.dir, 'data', 'catalogue.json');
  if (existsSync(data)) {
    const catalogue = JSON.parse(readFileSync(data, 'utf8')) as { entries?: { id: string }[] };
    for (const entry of catalogue.entries ?? []) {
      for (const url of urlsIn(entry)) if (!own || new URL(url).origin !== own) add(urls, url, `data/catalogue.json: ${entry.id}`);
    }
  }
  return urls;
}

export interface LinkResult {
  url: string;
  /** "ok", "dead" (fails the run) or "unverified" (the server refuses automated requests). */
  verdict: 'ok' | 'dead' | 'unverified';
  status?: number;
  /** HTTP status text or the network error. */
  detail: string;
}

export interface CheckOptions {
  timeoutMs?: number;
  concurrency?: number;
  fetch?: typeof fetch;
}

/** Servers that answer these to robots may well serve people: reported, not failed. */
const REFUSES_ROBOTS = new Set([401, 403, 429]);
const USER_AGENT = 'judicial-networks-catalogue link checker (scheduled; https://github.com/coe-cdpc/judicial-networks-catalogue)';

export async function checkUrl(url: string, { timeoutMs = 15_000, fetch: get = fetch }: CheckOptions = {}): Promise<LinkResult> {
  const attempt = async (method: 'HEAD' | 'GET') => {
    const response = await get(url, {
      method,
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: { 'user-agent': USER_AGENT },
    });
    await response.body?.cancel();
    return response;
  };
  let response: Response | undefined;
  try {
    response = await attempt('HEAD');
  } catch {
    // Some servers drop HEAD requests; GET below decides.
  }
  if (!response || !response.ok) {
    try {
      response = await attempt('GET');
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      const detail =
        (error as Error).name === 'TimeoutError'
          ? `no answer within ${timeoutMs / 1000} s`
          : (cause?.code ?? cause?.message ?? (error as Error).message);
      return { url, verdict: 'dead', detail };
    }
  }
  const verdict = response.ok ? 'ok' : REFUSES_ROBOTS.has(response.status) ? 'unverified' : 'dead';
  return {
    url,
    verdict,
    status: response.status,
    detail: `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`,
  };
}

/** Checks every URL, at most `concurrency` at a time, results in the order given. */
export async function checkAll(urls: string[], options: CheckOptions = {}, onResult?: (r: LinkResult) => void): Promise<LinkResult[]> {
  const results: LinkResult[] = new Array(urls.length);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const i = next++;
      results[i] = await checkUrl(urls[i]!, options);
      onResult?.(results[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency ?? 8, urls.length) }, worker));
  return results;
}

export function formatExternalReport(results: LinkResult[], sources: UrlSources): string {
  const lines: string[] = [];
  const list = (r: LinkResult) => {
    const where = [...(sources.get(r.url) ?? [])];
    lines.push(
      `✗ ${r.url}\n    ${r.detail}\n    on: ${where.slice(0, 5).join(', ')}${where.length > 5 ? ` and ${where.length - 5} more` : ''}`,
    );
  };
  const dead = results.filter((r) => r.verdict === 'dead');
  const unverified = results.filter((r) => r.verdict === 'unverified');
  if (dead.length) lines.push(`Dead links (${dead.length}):`);
  dead.forEach(list);
  if (unverified.length) lines.push(`${dead.length ? '\n' : ''}Refused the checker, check by hand (${unverified.length}):`);
  unverified.forEach(list);
  lines.push(
    dead.length
      ? `\n${dead.length} dead of ${results.length} external URL(s). Find the page's new address (or an archived copy) and correct the entry's website or source in src/content/.`
      : `\n✓ ${results.length} external URL(s) answer${unverified.length ? `; ${unverified.length} refused the checker` : ''}.`,
  );
  return lines.join('\n');
}
