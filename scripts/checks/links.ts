/**
 * Every internal link, asset reference and form action resolves to a file of the built
 * site, under the base path it was built for, and every #fragment names an element on
 * the target page. External URLs are checked on a schedule instead (check-external.ts).
 */
import { tags } from './html.ts';
import type { Check, Problem, Site } from './types.ts';

const ORIGIN = 'http://site.invalid';
const REFERENCE_ATTRS: Record<string, string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  iframe: ['src'],
  form: ['action'],
  use: ['href'],
};

/** Ids (and legacy <a name>) a fragment can point at, per page URL. */
function anchorsByPage(site: Site): Map<string, Set<string>> {
  const map = new Map<string, Set<string>>();
  for (const page of site.pages) {
    const ids = new Set<string>();
    for (const tag of tags(page.html)) {
      const id = tag.attrs.get('id');
      if (id) ids.add(id);
      if (tag.name === 'a' && tag.attrs.get('name')) ids.add(tag.attrs.get('name')!);
    }
    map.set(page.url, ids);
  }
  return map;
}

function isInternal(ref: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(ref) && !ref.startsWith('//');
}

export const links: Check = {
  name: 'links',
  run(site) {
    const issues: Problem[] = [];
    const anchors = anchorsByPage(site);
    for (const page of site.pages) {
      const here = new URL(page.url, ORIGIN);
      for (const tag of tags(page.html)) {
        for (const attr of REFERENCE_ATTRS[tag.name] ?? []) {
          const ref = tag.attrs.get(attr);
          if (ref === undefined || !isInternal(ref)) continue;
          const issue = (message: string, fix: string) =>
            issues.push({ check: 'links', file: page.file, field: `<${tag.name} ${attr}="${ref}">`, message, fix, severity: 'error' });
          if (ref.trim() === '') {
            if (tag.name !== 'form') issue('empty link', 'give the link a real target or remove it');
            continue;
          }
          const url = new URL(ref, here);
          const path = decodeURI(url.pathname);
          if (!path.startsWith(site.base)) {
            issue(
              `points outside the base path ${site.base}`,
              'build the link from import.meta.env.BASE_URL instead of a root-relative path',
            );
            continue;
          }
          if (!site.files.has(path)) {
            const slash = !path.endsWith('/') && site.files.has(`${path}/`);
            issue(
              slash ? 'missing trailing slash (the server must redirect)' : `no file at ${path}`,
              slash ? `link to ${path}/` : 'correct the link, or create the page it points to',
            );
            continue;
          }
          const fragment = decodeURIComponent(url.hash.slice(1));
          if (fragment && fragment !== 'top') {
            const ids = anchors.get(path);
            if (ids && !ids.has(fragment))
              issue(`no element with id="${fragment}" on ${path}`, 'link to an id that exists on the target page, or add that id');
          }
        }
      }
    }
    return issues;
  },
};
