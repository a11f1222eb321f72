import { describe, expect, it } from 'vitest';
import { links } from './links.ts';
import { fixtureSite, page } from './fixture.ts';
import type { Problem } from './types.ts';

const targets = (files: Record<string, string>, base?: string) => links.run(fixtureSite(files, base)) as Problem[];

describe('links check', () => {
  it('accepts links, assets and anchors that resolve, and ignores external URLs', () => {
    const issues = targets({
      'index.html': page(
        'Home',
        '<h1>Home</h1><a href="/about/">About</a><a href="about/#team">Team</a><a href="https://example.org/x">x</a><a href="mailto:a@b.c">m</a><a href="#top">top</a>',
        '<link rel="stylesheet" href="/a.css">',
      ),
      'about/index.html': page('About', '<h1 id="team">About</h1><a href="../">home</a>'),
      'a.css': 'body{}',
    });
    expect(issues).toEqual([]);
  });

  it('reports a missing page, a missing anchor and a missing trailing slash, with page, target and fix', () => {
    const issues = targets({
      'index.html': page('Home', '<h1>Home</h1><a href="/nowhere/">x</a><a href="/about/#nope">y</a><a href="/about">z</a>'),
      'about/index.html': page('About', '<h1>About</h1>'),
    });
    expect(issues.map((i) => [i.file, i.field, i.message])).toEqual([
      ['index.html', '<a href="/nowhere/">', 'no file at /nowhere/'],
      ['index.html', '<a href="/about/#nope">', 'no element with id="nope" on /about/'],
      ['index.html', '<a href="/about">', 'missing trailing slash (the server must redirect)'],
    ]);
    for (const i of issues) expect(i).toHaveProperty('fix', expect.any(String));
  });

  it('under a base path, reports root-relative links that escape it', () => {
    const files = {
      'index.html': page(
        'Home',
        '<h1>Home</h1><a href="/cdpc/catalogue/about/">ok</a><a href="/about/">escapes</a><img src="/logo.svg" alt="">',
      ),
      'about/index.html': page('About', '<h1>About</h1>'),
    };
    const issues = targets(files, '/cdpc/catalogue/');
    expect(issues.map((i) => i.field)).toEqual(['<a href="/about/">', '<img src="/logo.svg">']);
    expect(issues[0]!.message).toMatch(/outside the base path \/cdpc\/catalogue\//);
  });

  it('does not read links inside scripts or comments', () => {
    const issues = targets({
      'index.html': page(
        'Home',
        '<h1>Home</h1><!-- <a href="/gone/">x</a> --><script type="application/json">{"x":"<a href=\\"/gone/\\">"}</script>',
      ),
    });
    expect(issues).toEqual([]);
  });
});
