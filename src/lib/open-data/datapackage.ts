/**
 * data/datapackage.json: a Frictionless Data Package (v2, https://datapackage.org/) describing
 * the tidy CSV tables of data/v1/ and the flat catalogue.csv, each with its Table Schema (types,
 * vocabularies as enums, foreign keys to entries and countries), its dialect, media type and
 * size in bytes, so tools load them typed and joined without being taught this catalogue.
 */
import type { Catalogue } from '../build-catalogue.ts';
import { absolute, paths } from '../urls.ts';
import { tableCsv } from './csv.ts';
import { TABLES } from './tables.ts';
import { catalogueCsvRows, catalogueCsvSchema } from './catalogue-csv.ts';
import type { TableSchema } from './table-schema.ts';
import { DATA_VERSION, LICENCE, datasetText } from './dataset.ts';

/** Where the tidy tables are, relative to data/: the major version is part of the path. */
export const tablePath = (name: string) => `v${DATA_VERSION.split('.')[0]}/${name}.csv`;

/** The CSV files the package describes: path relative to data/, schema, text. */
export interface PackageTable {
  name: string;
  title: string;
  description: string;
  fr: { title: string; description: string };
  path: string;
  schema: TableSchema;
  text: string;
  bom: boolean;
}

export function packageTables(catalogue: Catalogue): PackageTable[] {
  return [
    ...TABLES.map((t) => ({ ...t, path: tablePath(t.name), bom: false, text: tableCsv(t.schema, t.rows(catalogue)) })),
    {
      name: 'catalogue',
      title: 'Catalogue (flat, for spreadsheets)',
      description:
        'The first release’s table: one row per entry–member pair, with names and labels beside the codes. Starts with a UTF-8 byte-order mark.',
      fr: {
        title: 'Catalogue (tableau à plat, pour les tableurs)',
        description:
          'Le tableau de la première version : une ligne par couple fiche–membre, avec les noms et libellés à côté des codes. Commence par un indicateur d’ordre des octets (BOM) UTF-8.',
      },
      path: 'catalogue.csv',
      schema: catalogueCsvSchema,
      bom: true,
      text: tableCsv(catalogueCsvSchema, catalogueCsvRows(catalogue), { bom: true }),
    },
  ];
}

const DIALECT = {
  $schema: 'https://datapackage.org/profiles/2.0/tabledialect.json',
  header: true,
  delimiter: ',',
  lineTerminator: '\r\n',
  quoteChar: '"',
};

export function dataPackage(catalogue: Catalogue, modified: string) {
  const text = datasetText();
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'judicial-cooperation-networks',
    id: absolute(paths.file('data/datapackage.json')),
    title: text.title.en,
    description: text.description.en,
    version: DATA_VERSION,
    homepage: absolute(paths.data()),
    created: `${modified}T00:00:00Z`,
    keywords: text.keywords,
    licenses: [{ name: LICENCE.spdx, path: LICENCE.url, title: LICENCE.title }],
    resources: packageTables(catalogue).map((t) => ({
      name: t.name,
      type: 'table',
      path: t.path,
      title: t.title,
      description: t.description,
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      bytes: Buffer.byteLength(t.text),
      dialect: DIALECT,
      schema: { $schema: 'https://datapackage.org/profiles/2.0/tableschema.json', ...t.schema },
    })),
  };
}
