/**
 * Site paths. Every internal link goes through `withBase`, so the site works under a
 * sub-path (BASE_PATH) as well as at the root. Paths are written without a leading slash.
 */
import type { Kind } from '../schemas/vocabularies.ts';

export function withBase(base: string, path = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return root + path.replace(/^\/+/, '');
}

export const entryPath = (kind: Kind, id: string) => `${kind}/${id}/`;
export const kindPath = (kind: Kind) => `${kind}/`;
export const countryPath = (code: string) => `countries/${code.toLowerCase()}/`;
export const searchPath = (params?: Record<string, string | string[]>) => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) for (const v of [value].flat()) query.append(key, v);
  const qs = query.toString();
  return `search/${qs ? `?${qs}` : ''}`;
};
