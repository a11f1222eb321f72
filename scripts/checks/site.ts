/** Loads a built site folder into memory for the checks. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { Site, SitePage } from './types.ts';

export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** Public URL path of a file: index.html is served as its folder. */
export function urlOf(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort();
}

export function loadSite(dir: string, base = '/'): Site {
  const b = normaliseBase(base);
  const files = listFiles(dir);
  const pages: SitePage[] = files
    .filter((f) => f.endsWith('.html'))
    .map((file) => ({ file, url: urlOf(file, b), html: readFileSync(join(dir, file), 'utf8') }));
  const urls = new Map(files.map((f) => [b + f, f]));
  for (const f of files) if (f.endsWith('index.html')) urls.set(urlOf(f, b), f);
  return {
    dir,
    base: b,
    pages,
    files: new Set(urls.keys()),
    read: (url) => {
      const f = urls.get(decodeURI(url));
      return f === undefined ? undefined : readFileSync(join(dir, f));
    },
  };
}
