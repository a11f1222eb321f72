/**
 * Every page has a <title> no other page shares (screen-reader users tell pages apart by
 * their titles, WCAG 2.4.2) and exactly one <h1>.
 */
import { textsOf } from './html.ts';
import type { Check, Problem } from './types.ts';

export const titles: Check = {
  name: 'titles',
  run(site) {
    const issues: Problem[] = [];
    const byTitle = new Map<string, string[]>();
    for (const page of site.pages) {
      // The document's title is in <head>; <title> elements inside inline SVG label shapes.
      const found = textsOf(page.html, 'title', { inHead: true });
      const title = found[0] ?? '';
      if (found.length !== 1 || title === '') {
        issues.push({
          check: 'titles',
          file: page.file,
          field: '<title>',
          message: found.length > 1 ? `${found.length} <title> elements` : 'no <title> text',
          fix: 'give the page exactly one non-empty <title> (the layout sets it from its title prop)',
          severity: 'error',
        });
      } else byTitle.set(title, [...(byTitle.get(title) ?? []), page.file]);
      const h1s = textsOf(page.html, 'h1');
      if (h1s.length !== 1) {
        issues.push({
          check: 'titles',
          file: page.file,
          field: '<h1>',
          message: `${h1s.length} <h1> elements, expected exactly one`,
          fix: h1s.length ? 'keep one <h1> for the page subject and make the others <h2>' : 'add one <h1> naming the page subject',
          severity: 'error',
        });
      }
    }
    for (const [title, files] of byTitle) {
      if (files.length < 2) continue;
      for (const file of files) {
        issues.push({
          check: 'titles',
          file: file,
          field: `<title>${title}</title>`,
          message: `title shared with ${files.filter((f) => f !== file).join(', ')}`,
          fix: 'make the title name what is specific to this page',
          severity: 'error',
        });
      }
    }
    return issues;
  },
};
