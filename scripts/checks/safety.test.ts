import { describe, expect, it } from 'vitest';
import { safety } from './safety.ts';
import { fixtureSite, page } from './fixture.ts';
import type { Problem } from './types.ts';

const run = (body: string, head = '') =>
  (safety.run(fixtureSite({ 'index.html': page('Home', body, head) })) as Problem[]).map((i) => `${i.field}: ${i.message}`);

describe('safety check', () => {
  it('accepts scripts and styles from the site, JSON-LD data, and links to other sites', () => {
    const head =
      '<link rel="stylesheet" href="/_astro/a.css"><script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{"@type":"Organization"}</script><link rel="canonical" href="https://www.coe.int/x/">';
    expect(
      run('<a href="https://www.coe.int/">CoE</a> <a href="mailto:x@example.org">mail</a> <img src="/og-image.png" alt="">', head),
    ).toEqual([]);
  });

  it('reports inline scripts, handlers, styles and dangerous or foreign URLs', () => {
    expect(
      run(
        '<script>alert(1)</script><span onclick="x()" style="color:red">x</span><style>p{}</style>' +
          '<a href="jAvAscript:alert(1)">a</a><a href="&#106;avascript:alert(1)">b</a><img src="data:image/png;base64,AA" alt="">' +
          '<img src="https://tracker.example/p.png" alt=""><iframe src="//evil.example/"></iframe>',
        '<link rel="stylesheet" href="https://cdn.example/x.css"><script type="application/ld+json">{"a": "</script><script>alert(1)</script>',
      ),
    ).toEqual([
      '<link href="https://cdn.example/x.css">: loads a resource from another site (cdn.example)',
      '<script type="application/ld+json">: the JSON-LD block is not valid JSON (an entry’s text may have closed it)',
      '<script>: inline script: a strict Content-Security-Policy blocks it, and content must never add one',
      '<script>: inline script: a strict Content-Security-Policy blocks it, and content must never add one',
      '<span onclick>: event-handler attribute: it runs code',
      '<span style>: inline style attribute: the Content-Security-Policy blocks it',
      '<style>: inline style sheet: the Content-Security-Policy blocks it',
      '<a href="jAvAscript:alert(1)">: javascript: URL',
      '<a href="javascript:alert(1)">: javascript: URL',
      '<img src="data:image/png;base64,AA">: data: URL',
      '<img src="https://tracker.example/p.png">: loads a resource from another site (tracker.example)',
      '<iframe src="//evil.example/">: loads a resource from another site (evil.example)',
    ]);
  });
});
