import { describe, expect, it } from 'vitest';
import { fixtureCatalogue } from '../../../tests/helpers/fixture-catalogue.ts';
import { DCAT_AP_SHAPES, jsonLdDataset, shaclProblems, turtle } from '../../../tests/helpers/rdf.ts';
import { dcatCatalog } from './dcat.ts';
import { dataFiles } from './files.ts';

const catalogue = fixtureCatalogue();
const dates = { issued: '2017-02-23', modified: '2026-11-01' };
const config = { publisher: { name: 'Example host' }, contact: { email: 'catalogue@example.org' } };
const shapes = turtle(DCAT_AP_SHAPES);

describe('DCAT-AP description', () => {
  it('conforms to the DCAT-AP 3.0.1 shapes, mandatory, ranges and recommended', async () => {
    expect(await shaclProblems(await jsonLdDataset(dcatCatalog(catalogue, dates, config)), shapes)).toEqual([]);
  });

  it('has one distribution per file, with its size in bytes', () => {
    const graph = dcatCatalog(catalogue, dates, config)['@graph'];
    const distributions = graph.filter((n) => n['@type'] === 'dcat:Distribution') as Array<{
      'dcat:byteSize': { '@value': string };
      'dcat:accessURL': { '@id': string };
    }>;
    const files = dataFiles(catalogue);
    expect(distributions.map((d) => d['dcat:accessURL']['@id'].replace(/^.*?\/data\//, 'data/'))).toEqual(files.map((f) => f.path));
    const csv = files.find((f) => f.path === 'data/v1/entries.csv')!;
    const entriesCsv = distributions.find((d) => d['dcat:accessURL']['@id'].endsWith('data/v1/entries.csv'))!;
    expect(Number(entriesCsv['dcat:byteSize']['@value'])).toBe(Buffer.byteLength(csv.body(catalogue, dates.modified)));
  });

  it('fails the shapes when a mandatory or recommended property is missing', async () => {
    const doc = dcatCatalog(catalogue, dates, config);
    const graph = doc['@graph'].map((n) => (n['@type'] === 'dcat:Dataset' ? { ...n, 'dct:title': undefined, 'dcat:theme': undefined } : n));
    const problems = await shaclProblems(await jsonLdDataset({ ...doc, '@graph': graph }), shapes);
    expect(problems.some((p) => p.includes('http://purl.org/dc/terms/title'))).toBe(true);
    expect(problems.some((p) => p.includes('http://www.w3.org/ns/dcat#theme'))).toBe(true);
  });
});
