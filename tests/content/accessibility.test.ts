/**
 * Content test. axe-core on every entry page of the real catalogue, in every language (the templates are checked on
 * the fixture by tests/site/accessibility.test.ts): an entry's text, members and sources must not
 * break the page's accessibility either.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site-session.ts';
import { content } from '../helpers/builds.ts';
import { axeViolations } from '../helpers/axe.ts';
import { KINDS } from '../../src/schemas/vocabularies.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { localePrefix } from '../../src/lib/urls.ts';

// Every entry page in every language (the French ones translated, or in English with a notice).
const entryPaths = [...KINDS.keys()].flatMap((kind) =>
  readdirSync(join(content.root, kind), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) => LOCALE_CODES.map((lang) => `${localePrefix(lang)}${kind}/${d.name}/`)),
);

const site = useSite(content.root);

describe('content: accessibility of every entry page', () => {
  it('no violations on any entry page', async () => {
    expect(entryPaths.length).toBeGreaterThan(0);
    const found: string[] = [];
    for (const path of entryPaths) {
      await site.page.goto(site.url + path);
      for (const v of await axeViolations(site.page)) found.push(`/${path}: ${v}`);
    }
    expect(found).toEqual([]);
  });
});
