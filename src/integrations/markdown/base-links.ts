/**
 * A Sätteri hast plugin that puts the base path in front of root-relative links written in
 * Markdown content, so `[Eurojust](/networks/eurojust/)` in an entry body still works when the
 * site is served under BASE_PATH (e.g. /cdpc/catalogue/). Configured in astro.config.mjs via
 * `markdown.processor: satteri({ hastPlugins: [...] })`; see docs/decisions/0005.
 * Only plain attributes are touched: absolute URLs, protocol-relative (`//host`), relative,
 * fragment and already-prefixed links are left as written.
 */
import type { HastPluginDefinition } from 'satteri';

/** The attributes that carry a URL, per element. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  img: ['src'],
  source: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
};

/** `url` with `base` in front if it is root-relative and not already under the base. */
export function withBasePrefix(url: string, base: string): string {
  if (base === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
  const root = base.endsWith('/') ? base : `${base}/`;
  if (url === root.slice(0, -1) || url.startsWith(root)) return url;
  return root + url.slice(1);
}

export function baseLinksPlugin(base: string): HastPluginDefinition {
  return {
    name: 'catalogue-base-links',
    element: {
      filter: Object.keys(URL_ATTRIBUTES),
      visit(node, ctx) {
        for (const attribute of URL_ATTRIBUTES[node.tagName] ?? []) {
          const value = node.properties?.[attribute];
          if (typeof value !== 'string') continue;
          const prefixed = withBasePrefix(value, base);
          if (prefixed !== value) ctx.setProperty(node, attribute, prefixed);
        }
      },
    },
  };
}
