import { describe, expect, it } from 'vitest';
import { markdownToHtml } from 'satteri';
import { baseLinksPlugin, withBasePrefix } from './base-links.ts';

const render = async (markdown: string, base: string) => (await markdownToHtml(markdown, { hastPlugins: [baseLinksPlugin(base)] })).html;

describe('base path in Markdown links', () => {
  it('prefixes root-relative links and images with the base path', async () => {
    const html = await render('See [Eurojust](/networks/eurojust/) and ![map](/images/map.png "Map").', '/cdpc/catalogue/');
    expect(html).toContain('href="/cdpc/catalogue/networks/eurojust/"');
    expect(html).toContain('src="/cdpc/catalogue/images/map.png"');
  });

  it('leaves other links as written', async () => {
    const md =
      '[a](https://www.coe.int/x) [b](//cdn.example/x) [c](../carin/) [d](#members) [e](mailto:x@y.z) [f](/cdpc/catalogue/about/) <https://eurojust.europa.eu>';
    const html = await render(md, '/cdpc/catalogue/');
    for (const href of [
      'https://www.coe.int/x',
      '//cdn.example/x',
      '../carin/',
      '#members',
      'mailto:x@y.z',
      '/cdpc/catalogue/about/',
      'https://eurojust.europa.eu',
    ]) {
      expect(html).toContain(`href="${href}"`);
    }
    expect(html).not.toMatch(/\/cdpc\/catalogue\/cdpc\//);
  });

  it('does nothing at the root', async () => {
    expect(await render('[x](/networks/carin/)', '/')).toContain('href="/networks/carin/"');
  });

  it('treats the bare base and paths that merely start like it correctly', () => {
    expect(withBasePrefix('/cdpc/catalogue', '/cdpc/catalogue/')).toBe('/cdpc/catalogue');
    expect(withBasePrefix('/cdpc/catalogues/', '/cdpc/catalogue/')).toBe('/cdpc/catalogue/cdpc/catalogues/');
    expect(withBasePrefix('/', '/cdpc/catalogue/')).toBe('/cdpc/catalogue/');
  });
});
