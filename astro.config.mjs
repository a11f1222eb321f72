// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { satteri } from '@astrojs/markdown-satteri';
import { siteConfig } from './src/site-config.ts';
import { contentGuard } from './src/integrations/content-guard.ts';
import { markdownOptions } from './src/integrations/markdown/processor.ts';
import { alternatesFromPages } from './src/integrations/sitemap-alternates.ts';

// Where the site lives comes from the environment (see README, "Hosting"): SITE_URL is the
// public origin, BASE_PATH the sub-path, e.g. /cdpc/catalogue/. OUT_DIR lets the build
// script write into a temporary folder and swap it in only when everything succeeded.
const { site, base } = siteConfig(process.env);
const outDir = process.env.OUT_DIR ?? './dist';

// No usage data leaves a contributor's or a host's machine: Astro's anonymous telemetry is
// off for every command that loads this file (build, check, dev, preview), unless someone
// sets the variable themselves.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir,
  // The content-layer cache stays in the project, not in node_modules, so copies of the
  // project that share node_modules (tests, bench) never share a cache.
  cacheDir: './.astro/cache',
  // Pages render one after another but each waits for its file to be written; letting a
  // few be in flight hides that wait (about a quarter of page generation at 10,000 entries;
  // docs/performance.md).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // The sitemap lists every page but 404 (sitemap-index.xml, for robots.txt), each with the
  // language alternates its page declares.
  integrations: [
    contentGuard(),
    mdx(),
    sitemap({ filter: (page) => !/\/404\/$/.test(page), serialize: alternatesFromPages(outDir, base) }),
  ],
  devToolbar: { enabled: false },
  // Never inline scripts or assets: a strict Content-Security-Policy (no 'unsafe-inline')
  // must work, so every script is a file. Astro inlines small scripts below this limit.
  vite: {
    build: {
      assetsInlineLimit: 0,
      rollupOptions: {
        // Astro marks every MDX module with a "use astro:head-inject" directive, which the bundler
        // warns it cannot keep once modules are bundled. Astro reads the directive before bundling,
        // so the warning is expected and says nothing about the content (README, "Building").
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && /astro:head-inject/.test(warning.message)) return;
          warn(warning);
        },
      },
    },
  },
  // Sätteri, Astro 7's default Markdown processor, already does GFM (docs/decisions/0002).
  // Its plugins refuse content that could run code or load anything (docs/security.md), then
  // put the base path in front of root-relative links written in content (decision 0005);
  // MDX inherits this processor. No syntax highlighting: Shiki writes inline styles, which
  // the strict Content-Security-Policy blocks.
  markdown: { processor: satteri(markdownOptions(base)), syntaxHighlight: false },
});
