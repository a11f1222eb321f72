/**
 * The real catalogue's open data: the same validators as on the fixture site (tests/site/
 * open-data.test.ts), on the build of src/content, so content that the exports cannot represent
 * in their standards fails here.
 */
import { describe, expect, it } from 'vitest';
import { SITE, content } from '../helpers/builds.ts';
import {
  dataPackageSiteProblems,
  dcatSiteProblems,
  entryAndCountryPages,
  pageJsonLdProblems,
  popoloSiteProblems,
} from '../helpers/open-data-site.ts';

describe('content: the open data validates', () => {
  it('Data Package and every CSV row', () => {
    expect(dataPackageSiteProblems(content.root)).toEqual([]);
  });

  it('Popolo', () => {
    expect(popoloSiteProblems(content.root)).toEqual([]);
  });

  it('DCAT-AP', async () => {
    expect(await dcatSiteProblems(content.root, SITE, '/')).toEqual([]);
  });

  it('schema.org JSON-LD on every entry and country page', async () => {
    const pages = entryAndCountryPages(content.root);
    expect(pages.length).toBeGreaterThan(0);
    expect((await Promise.all(pages.map((p) => pageJsonLdProblems(content.root, p)))).flat()).toEqual([]);
  });
});
