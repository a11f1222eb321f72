/**
 * Compiles Markdown and MDX the way Astro does for this site: through the processor configured in
 * the project's own astro.config.mjs (its features and plugins), with the markdown options the
 * config sets. For tests of what the compiler itself lets through.
 */
import { vi } from 'vitest';
import type { SatteriResolvedOptions } from '@astrojs/markdown-satteri';

interface Processor {
  options: SatteriResolvedOptions;
  createRenderer(
    shared: Record<string, unknown>,
  ): Promise<{ render(source: string, options?: { fileURL?: URL }): Promise<{ code: string }> }>;
  createMdxRenderer(
    shared: Record<string, unknown>,
    mdx: Record<string, unknown>,
  ): Promise<{ process(source: string, file: string, frontmatter: Record<string, unknown>): Promise<{ code: string }> }>;
}

export async function configuredProcessor(basePath = '/') {
  vi.stubEnv('BASE_PATH', basePath);
  vi.resetModules();
  const { default: config } = await import('../../../astro.config.mjs');
  vi.unstubAllEnvs();
  const processor = config.markdown?.processor as unknown as Processor;
  const shared = { syntaxHighlight: config.markdown?.syntaxHighlight, gfm: true, smartypants: true };
  const markdown = await processor.createRenderer(shared);
  const mdx = await processor.createMdxRenderer(shared, { optimize: false, srcDir: new URL('../../', import.meta.url), sourcemap: false });
  return {
    options: processor.options,
    /** Markdown → HTML, as for a .md entry. */
    renderMarkdown: async (source: string) => (await markdown.render(source, { fileURL: new URL('file:///content/entry.md') })).code,
    /** MDX → JavaScript module source, as for a .mdx entry (never run). */
    compileMdx: async (source: string) => (await mdx.process(source, '/content/entry.mdx', {})).code,
  };
}
