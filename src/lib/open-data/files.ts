/**
 * Every open-data file the site publishes under data/, described once: where it is, what it
 * holds (in English and French), its media type, the EU file-type code data portals expect, the
 * standard it follows, and how its text is made. The endpoints (src/pages/data/) serve `body`;
 * the DCAT-AP description (catalog.jsonld) measures the same text for its byte sizes, so a size
 * never disagrees with the file.
 */
import type { Catalogue } from '../build-catalogue.ts';
import { href } from '../urls.ts';
import { toExportRecord } from '../export.ts';
import { dataPackage, packageTables } from './datapackage.ts';
import { toPopolo } from './popolo.ts';
import { LICENCE } from './dataset.ts';

export interface DataFile {
  /** Site path, without the base path. */
  path: string;
  title: { en: string; fr: string };
  description: { en: string; fr: string };
  mediaType: string;
  /** Code in the EU file-type authority table (http://publications.europa.eu/resource/authority/file-type/). */
  fileType: 'CSV' | 'JSON' | 'JSON_LD';
  /** The standard or schema the file follows. */
  conformsTo?: string | undefined;
  body: (catalogue: Catalogue, modified: string) => string;
}

/** data/catalogue.json, as the first release publishes it. */
export const catalogueJson = (catalogue: Catalogue) =>
  JSON.stringify(
    { generated: new Date().toISOString(), licence: LICENCE.spdx, entries: catalogue.entries.map((e) => toExportRecord(e, href)) },
    null,
    1,
  );

const json = (data: unknown) => JSON.stringify(data, null, 1);

export function dataFiles(catalogue: Catalogue): DataFile[] {
  const tables: DataFile[] = packageTables(catalogue).map((t) => ({
    path: `data/${t.path}`,
    title: { en: t.title, fr: t.fr.title },
    description: { en: t.description, fr: t.fr.description },
    mediaType: 'text/csv',
    fileType: 'CSV',
    conformsTo: 'https://www.rfc-editor.org/rfc/rfc4180',
    body: () => t.text,
  }));
  return [
    {
      path: 'data/catalogue.json',
      title: { en: 'Catalogue (JSON)', fr: 'Catalogue (JSON)' },
      description: {
        en: 'Every entry with all its fields, member countries as ISO 3166-1 codes.',
        fr: 'Chaque fiche avec tous ses champs, les pays membres en codes ISO 3166-1.',
      },
      mediaType: 'application/json',
      fileType: 'JSON',
      conformsTo: undefined,
      body: catalogueJson,
    },
    ...tables,
    {
      path: 'data/datapackage.json',
      title: { en: 'Data Package of the CSV tables', fr: 'Data Package des tableaux CSV' },
      description: {
        en: 'Frictionless Data Package (v2) describing every CSV table with its Table Schema.',
        fr: 'Data Package Frictionless (v2) décrivant chaque tableau CSV avec son Table Schema.',
      },
      mediaType: 'application/json',
      fileType: 'JSON',
      conformsTo: 'https://datapackage.org/standard/data-package/',
      body: (c, modified) => json(dataPackage(c, modified)),
    },
    {
      path: 'data/popolo.json',
      title: { en: 'Organisations and memberships (Popolo)', fr: 'Organisations et appartenances (Popolo)' },
      description: {
        en: 'Networks, organisations and States as Popolo organizations, and their memberships with roles.',
        fr: 'Réseaux, organisations et États en organisations Popolo, et leurs appartenances avec les rôles.',
      },
      mediaType: 'application/json',
      fileType: 'JSON',
      conformsTo: 'https://www.popoloproject.com/specs/',
      body: (c) => json(toPopolo(c)),
    },
  ];
}
