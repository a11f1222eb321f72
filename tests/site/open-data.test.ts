/**
 * The open data of the built fixture catalogue, at the root and under the sub-path: every file
 * validated by its standard's own validator (Ajv with the Data Package v2 profile and Popolo's
 * schemas, rows against their Table Schemas, rdf-validate-shacl with the DCAT-AP 3.0.1 shapes,
 * jsonld with the schema.org vocabulary), sizes against the files, the first release's files
 * still served, and the Data page in every language.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE, SUB_PATH, fixture } from '../helpers/builds.ts';
import {
  dataPackageSiteProblems,
  dcatSiteProblems,
  entryAndCountryPages,
  pageJsonLdProblems,
  popoloSiteProblems,
} from '../helpers/open-data-site.ts';
import { CSV_COLUMNS } from '../../src/lib/export.ts';

const builds = [
  { name: 'at the root', dist: fixture.root, base: '/' },
  { name: 'under the sub-path', dist: fixture.sub, base: SUB_PATH },
];

describe.each(builds)('open data of the fixture site $name', ({ dist, base }) => {
  it('publishes a valid Data Package whose every CSV row matches its Table Schema', () => {
    expect(dataPackageSiteProblems(dist)).toEqual([]);
  });

  it('publishes Popolo that validates against the Popolo schemas', () => {
    expect(popoloSiteProblems(dist)).toEqual([]);
  });

  it('publishes a DCAT-AP description that conforms to the shapes, with the files’ true sizes', async () => {
    expect(await dcatSiteProblems(dist, SITE, base)).toEqual([]);
  });

  it('puts one valid schema.org JSON-LD block on every entry and country page, in every language', async () => {
    const pages = entryAndCountryPages(dist);
    expect(pages.filter((p) => p.startsWith('fr/')).length).toBe(pages.filter((p) => !p.startsWith('fr/')).length);
    const problems = (await Promise.all(pages.map((p) => pageJsonLdProblems(dist, p)))).flat();
    expect(problems).toEqual([]);
  });

  it('gives the JSON-LD the page’s own address and language', () => {
    const html = readFileSync(join(dist, 'fr/networks/atlantic-prosecutors-network/index.html'), 'utf8');
    const json = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)![1]!) as {
      url: string;
      mainEntityOfPage: { inLanguage: string };
    };
    expect(json.url).toBe(`${SITE}${base}fr/networks/atlantic-prosecutors-network/`);
    expect(json.mainEntityOfPage.inLanguage).toBe('fr');
  });

  it('keeps serving the first release’s files, catalogue.csv with its columns first and a byte-order mark', () => {
    for (const file of [
      'catalogue.json',
      'catalogue.csv',
      'catalogue.schema.json',
      'finder.json',
      'entries/atlantic-prosecutors-network.json',
    ])
      expect(existsSync(join(dist, 'data', file)), file).toBe(true);
    const csv = readFileSync(join(dist, 'data/catalogue.csv'), 'utf8');
    expect(csv.startsWith(`\uFEFF${CSV_COLUMNS.join(',')},`)).toBe(true);
  });

  it('has a Data page in every language, linked from the about page', () => {
    for (const page of ['data/index.html', 'fr/data/index.html']) expect(existsSync(join(dist, page)), page).toBe(true);
    expect(readFileSync(join(dist, 'about/index.html'), 'utf8')).toContain(`href="${base}data/"`);
    const data = readFileSync(join(dist, 'data/index.html'), 'utf8');
    for (const file of ['v1/memberships.csv', 'datapackage.json', 'popolo.json', 'catalog.jsonld'])
      expect(data).toContain(`href="${base}data/${file}"`);
  });
});
