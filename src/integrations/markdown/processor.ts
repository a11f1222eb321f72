/**
 * The one configuration of Sätteri, Astro 7's Markdown processor (decision 0002), used by the
 * build (astro.config.mjs) and by `npm run validate` (scripts/lib/content-safety.ts), so that the
 * trees validation decides on are the trees the build compiles.
 */
import type { Features, HastPluginList, MdastPluginList } from 'satteri';
import { baseLinksPlugin } from './base-links.ts';
import { safetyHastPlugin, safetyMdastPlugin } from './safety-plugins.ts';
import { tableScrollPlugin } from './table-scroll.ts';

/**
 * GFM without footnotes (they would add English headings and ids to every page), and raw HTML
 * parsed into real elements, so the allowlist sees what a browser will see and the output is
 * serialised from a checked tree: no unclosed tag or quote in content can reach the page.
 */
export const MARKDOWN_FEATURES = { gfm: { footnotes: false }, rawHtml: true } as const satisfies Features;

/** Sätteri's options for the site: the features, the safety plugins, then base-path links and table frames. */
export function markdownOptions(base: string): { features: Features; mdastPlugins: MdastPluginList; hastPlugins: HastPluginList } {
  return {
    features: { ...MARKDOWN_FEATURES },
    mdastPlugins: [safetyMdastPlugin],
    hastPlugins: [safetyHastPlugin, baseLinksPlugin(base), tableScrollPlugin],
  };
}
