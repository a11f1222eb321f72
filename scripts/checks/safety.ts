/**
 * The last line of the content-safety boundary (docs/security.md): the built pages themselves hold
 * nothing that runs or loads from elsewhere. It fails on any inline script other than JSON-LD
 * data, any event-handler or style attribute, any <style> element, any javascript:, data:,
 * vbscript: or file: URL, and any resource (script, style sheet, image, frame, media) from
 * another origin. It reads the HTML with parse5, as a browser does; a strict Content-Security-Policy
 * would block all of these, but GitHub and GitLab Pages and `npm run preview` send none.
 */
import { tags } from './html.ts';
import type { Check, Problem } from './types.ts';

const DANGEROUS_SCHEMES = new Set(['javascript:', 'data:', 'vbscript:', 'file:']);
const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'poster', 'cite', 'data', 'background', 'xlink:href', 'ping'];
/** Elements whose URL attribute makes the browser fetch something (not a link the reader follows). */
const LOADS: Record<string, string[]> = {
  script: ['src'],
  img: ['src', 'srcset'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  video: ['src', 'poster'],
  audio: ['src'],
  source: ['src', 'srcset'],
  track: ['src'],
  input: ['src'],
  use: ['href', 'xlink:href'],
  image: ['href'],
};
const LOADING_LINK_RELS = new Set([
  'stylesheet',
  'icon',
  'apple-touch-icon',
  'preload',
  'modulepreload',
  'prefetch',
  'manifest',
  'mask-icon',
]);
const SITE = 'https://site.invalid';

const urlsIn = (name: string, value: string) => (name === 'srcset' ? value.split(',').map((c) => c.trim().split(/\s+/)[0] ?? '') : [value]);

export const safety: Check = {
  name: 'safety',
  run(site) {
    const issues: Problem[] = [];
    for (const page of site.pages) {
      const here = new URL(page.url, SITE);
      const issue = (field: string, message: string, fix: string) =>
        issues.push({ check: 'safety', file: page.file, field, message, fix, severity: 'error' });
      for (const tag of tags(page.html)) {
        if (tag.name === 'script' && !tag.attrs.has('src')) {
          if (tag.attrs.get('type')?.toLowerCase() !== 'application/ld+json') {
            issue(
              '<script>',
              'inline script: a strict Content-Security-Policy blocks it, and content must never add one',
              'move the code to a file under src/client/ and import it from the page',
            );
          } else {
            try {
              JSON.parse(tag.text());
            } catch {
              issue(
                '<script type="application/ld+json">',
                'the JSON-LD block is not valid JSON (an entry’s text may have closed it)',
                'escape the data with the JSON-LD helper',
              );
            }
          }
        }
        if (tag.name === 'style')
          issue('<style>', 'inline style sheet: the Content-Security-Policy blocks it', 'put the rules in src/styles/');
        for (const [name, value] of tag.attrs) {
          if (name.startsWith('on'))
            issue(`<${tag.name} ${name}>`, 'event-handler attribute: it runs code', 'remove it; attach behaviour in a script file');
          if (name === 'style')
            issue(`<${tag.name} style>`, 'inline style attribute: the Content-Security-Policy blocks it', 'use a class from src/styles/');
          if (!URL_ATTRIBUTES.includes(name) && name !== 'srcset') continue;
          for (const ref of urlsIn(name, value)) {
            let url: URL;
            try {
              url = new URL(ref, here);
            } catch {
              continue; // reported by the links check
            }
            if (DANGEROUS_SCHEMES.has(url.protocol))
              issue(
                `<${tag.name} ${name}="${ref.slice(0, 60)}">`,
                `${url.protocol} URL`,
                'link to an http(s) address or a page of the site',
              );
            const loads =
              LOADS[tag.name]?.includes(name) ||
              (tag.name === 'link' &&
                name === 'href' &&
                (tag.attrs.get('rel') ?? '')
                  .toLowerCase()
                  .split(/\s+/)
                  .some((r) => LOADING_LINK_RELS.has(r)));
            if (loads && (url.protocol === 'http:' || url.protocol === 'https:') && url.origin !== here.origin) {
              issue(
                `<${tag.name} ${name}="${ref.slice(0, 80)}">`,
                `loads a resource from another site (${url.host})`,
                'serve the file from the site itself: the catalogue loads nothing from other hosts',
              );
            }
          }
        }
      }
    }
    return issues;
  },
};
