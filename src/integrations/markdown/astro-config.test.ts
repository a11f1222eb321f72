/**
 * The plugin is wired into the site's own Astro config: Markdown rendered with the
 * configured processor, built for a sub-path, gets the base path in its links. (The real
 * content has no root-relative link today, so the built site alone could not show this.)
 */
import { describe, expect, it, vi } from 'vitest';
import { createSatteriMarkdownProcessor, type SatteriResolvedOptions } from '@astrojs/markdown-satteri';

describe('astro.config.mjs', () => {
  it('renders Markdown links under BASE_PATH', async () => {
    vi.stubEnv('BASE_PATH', '/cdpc/catalogue/');
    const { default: config } = await import('../../../astro.config.mjs');
    vi.unstubAllEnvs();
    const options = config.markdown?.processor?.options as SatteriResolvedOptions;
    const processor = await createSatteriMarkdownProcessor({ hastPlugins: options.hastPlugins });
    const { code } = await processor.render('[Eurojust](/networks/eurojust/) [CoE](https://www.coe.int/)');
    expect(code).toContain('href="/cdpc/catalogue/networks/eurojust/"');
    expect(code).toContain('href="https://www.coe.int/"');
  });
});
