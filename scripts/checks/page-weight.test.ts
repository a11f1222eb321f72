import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { pageWeight, weigh } from './page-weight.ts';
import { fixtureSite, page } from './fixture.ts';
import type { Problem } from './types.ts';

// Random bytes do not compress, so their gzip size is known within a few bytes.
const noise = (bytes: number) => randomBytes(bytes).toString('base64').slice(0, bytes);

describe('page-weight check', () => {
  it('counts the HTML, its stylesheets and scripts with their static imports, not dynamic ones', () => {
    const files = {
      'index.html': page(
        'Home',
        '<h1>Home</h1><script type="module" src="/_astro/a.js"></script>',
        '<link rel="stylesheet" href="/_astro/s.css">',
      ),
      '_astro/s.css': `/*${noise(2000)}*/`,
      '_astro/a.js': `import{x}from"./b.js";const p=import("/pagefind/pagefind.js");/*${noise(1000)}*/`,
      '_astro/b.js': `export const x=1;/*${noise(3000)}*/`,
      'pagefind/pagefind.js': noise(50_000),
    };
    const site = fixtureSite(files);
    const w = weigh(site, site.pages[0]!);
    const gz = (f: keyof typeof files) => gzipSync(files[f]).length;
    expect([...w.resources.keys()].sort()).toEqual(['/', '/_astro/a.js', '/_astro/b.js', '/_astro/s.css']);
    expect(w.script).toBe(gz('_astro/a.js') + gz('_astro/b.js'));
    expect(w.total).toBe(w.script + gz('_astro/s.css') + gz('index.html'));
  });

  it('applies the budget to the home and entry pages only', () => {
    const heavy = page('X', `<h1>X</h1><p>${noise(8000)}</p>`);
    const site = fixtureSite({
      'index.html': heavy,
      'networks/a/index.html': heavy,
      'search/index.html': heavy,
      'countries/fr/index.html': heavy,
    });
    const issues = pageWeight({ totalBytes: 4096, scriptBytes: 1024 }).run(site) as Problem[];
    expect(issues.map((i) => i.file).sort()).toEqual(['index.html', 'networks/a/index.html']);
    expect(issues[0]!.message).toMatch(/over the 4\.0 KB budget/);
  });

  it('reports scripts over the script budget', () => {
    const site = fixtureSite({ 'index.html': page('H', '<h1>H</h1><script type="module" src="/a.js"></script>'), 'a.js': noise(3000) });
    const issues = pageWeight({ totalBytes: 1e6, scriptBytes: 1024 }).run(site) as Problem[];
    expect(issues).toHaveLength(1);
    expect(issues[0]!.field).toMatch(/^JavaScript /);
  });
});
