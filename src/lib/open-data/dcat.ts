/**
 * data/catalog.jsonld: the open data described for data portals in DCAT-AP 3.0.1 (the EU
 * application profile of W3C DCAT, https://semiceu.github.io/DCAT-AP/releases/3.0.1/), as
 * JSON-LD with an inline context, so a harvester needs no other document. One catalogue, one
 * dataset, one distribution per file with its media type, EU file type and size in bytes.
 * Titles and descriptions in English and French; licence CC BY 4.0; themes from the EU data-theme
 * table; temporal coverage from the entries' "as of" dates; issued and modified from the content's
 * history. Every thing it points to is typed and labelled, as DCAT-AP's range shapes expect.
 */
import { LOCALE_CODES } from '../../i18n/locales.ts';
import { t } from '../../i18n/ui.ts';
import type { Catalogue } from '../build-catalogue.ts';
import type { SiteConfig } from '../../site-config.ts';
import { absolute, links, paths } from '../urls.ts';
import { dataFiles, type DataFile } from './files.ts';
import { LICENCE, datasetText } from './dataset.ts';

const AUTHORITY = 'http://publications.europa.eu/resource/authority';
const CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  dcatap: 'http://data.europa.eu/r5r/',
};

type Node = Record<string, unknown>;
const both = (text: { en: string; fr: string }) => [
  { '@value': text.en, '@language': 'en' },
  { '@value': text.fr, '@language': 'fr' },
];
const ref = (id: string) => ({ '@id': id });
const date = (value: string) => ({
  '@value': value,
  '@type': `xsd:${value.length === 4 ? 'gYear' : value.length === 7 ? 'gYearMonth' : 'date'}`,
});
const concept = (id: string, en: string, scheme: string): Node => ({
  '@id': id,
  '@type': 'skos:Concept',
  'skos:prefLabel': { '@value': en, '@language': 'en' },
  'skos:inScheme': ref(scheme),
});

export interface CatalogDates {
  /** First publication of content (the earliest date in the history). */
  issued: string;
  /** Latest change of an entry. */
  modified: string;
}

/** `files`: the published files (measured for their byte sizes); by default made afresh from the catalogue. */
export function dcatCatalog(
  catalogue: Catalogue,
  dates: CatalogDates,
  config: Pick<SiteConfig, 'publisher' | 'contact'>,
  files: DataFile[] = dataFiles(catalogue),
) {
  const text = datasetText();
  // The host's name as it gave it, or "the catalogue's maintainers" in each language.
  const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
  const publisherName =
    config.publisher.name ?? LOCALE_CODES.map((lang) => ({ '@value': capital(t('site.maintainers', lang)), '@language': lang }));
  const self = absolute(paths.file('data/catalog.jsonld'));
  const id = { catalog: `${self}#catalog`, dataset: `${self}#dataset`, publisher: `${self}#publisher`, contact: `${self}#contact` };
  const asOf = catalogue.entries.map((e) => e.asOf).sort();
  const themes = { scheme: `${AUTHORITY}/data-theme`, justice: `${AUTHORITY}/data-theme/JUST`, government: `${AUTHORITY}/data-theme/GOVE` };
  const availability = `${AUTHORITY}/planned-availability/STABLE`;
  const earth = 'http://sws.geonames.org/6295630/';
  const languages = [`${AUTHORITY}/language/ENG`, `${AUTHORITY}/language/FRA`];
  const distributions = files.map((file) => {
    const url = absolute(paths.file(file.path));
    return {
      '@id': `${url}#distribution`,
      '@type': 'dcat:Distribution',
      'dct:title': both(file.title),
      'dct:description': both(file.description),
      'dcat:accessURL': ref(url),
      'dcat:downloadURL': ref(url),
      'dcat:mediaType': ref(`https://www.iana.org/assignments/media-types/${file.mediaType}`),
      'dct:format': ref(`${AUTHORITY}/file-type/${file.fileType}`),
      'dcat:byteSize': { '@value': String(Buffer.byteLength(file.body(catalogue, dates.modified))), '@type': 'xsd:nonNegativeInteger' },
      'dct:license': ref(LICENCE.authority),
      'dcatap:availability': ref(availability),
      ...(file.conformsTo ? { 'dct:conformsTo': ref(file.conformsTo) } : {}),
    };
  });
  const contact = config.contact.email
    ? { 'vcard:hasEmail': ref(`mailto:${config.contact.email}`) }
    : { 'vcard:hasURL': ref(config.contact.url ?? `${links.repository}/issues`) };
  const graph: Node[] = [
    {
      '@id': id.catalog,
      '@type': 'dcat:Catalog',
      'dct:title': both(text.title),
      'dct:description': both(text.description),
      'dct:publisher': ref(id.publisher),
      'foaf:homepage': ref(absolute(paths.home())),
      'dct:language': languages.map(ref),
      'dct:license': ref(LICENCE.authority),
      'dct:issued': date(dates.issued),
      'dct:modified': date(dates.modified),
      'dcat:themeTaxonomy': ref(themes.scheme),
      'dct:spatial': ref(earth),
      'dcat:dataset': ref(id.dataset),
    },
    {
      '@id': id.dataset,
      '@type': 'dcat:Dataset',
      'dct:title': both(text.title),
      'dct:description': both(text.description),
      'dct:publisher': ref(id.publisher),
      'dcat:contactPoint': ref(id.contact),
      'dcat:keyword': text.keywords.map((k) => ({ '@value': k, '@language': 'en' })),
      'dcat:theme': [ref(themes.justice), ref(themes.government)],
      'dct:temporal': { '@type': 'dct:PeriodOfTime', 'dcat:startDate': date(asOf[0]!), 'dcat:endDate': date(asOf.at(-1)!) },
      'dct:spatial': ref(earth),
      'dct:language': languages.map(ref),
      'dct:issued': date(dates.issued),
      'dct:modified': date(dates.modified),
      'dcat:landingPage': ref(absolute(paths.data())),
      'dcat:distribution': distributions.map((d) => ref(d['@id'])),
    },
    ...distributions,
    {
      '@id': id.publisher,
      '@type': 'foaf:Agent',
      'foaf:name': publisherName,
      ...(config.publisher.url ? { 'foaf:homepage': ref(config.publisher.url) } : {}),
    },
    { '@id': id.contact, '@type': 'vcard:Kind', 'vcard:fn': publisherName, ...contact },
    {
      '@id': LICENCE.authority,
      '@type': 'dct:LicenseDocument',
      'dct:type': ref('http://purl.org/adms/licencetype/Attribution'),
      'foaf:page': ref(LICENCE.url),
    },
    { '@id': themes.scheme, '@type': 'skos:ConceptScheme', 'dct:title': { '@value': 'Data theme', '@language': 'en' } },
    concept(themes.justice, 'Justice, legal system and public safety', themes.scheme),
    concept(themes.government, 'Government and public sector', themes.scheme),
    {
      '@id': `${AUTHORITY}/planned-availability`,
      '@type': 'skos:ConceptScheme',
      'dct:title': { '@value': 'Planned availability', '@language': 'en' },
    },
    concept(availability, 'Stable', `${AUTHORITY}/planned-availability`),
    {
      '@id': 'http://purl.org/adms/licencetype',
      '@type': 'skos:ConceptScheme',
      'dct:title': { '@value': 'Licence type', '@language': 'en' },
    },
    concept('http://purl.org/adms/licencetype/Attribution', 'Attribution', 'http://purl.org/adms/licencetype'),
    ...[absolute(paths.home()), absolute(paths.data())].map((page) => ({ '@id': page, '@type': 'foaf:Document' })),
    { '@id': earth, '@type': 'dct:Location' },
    ...languages.map((l) => ({ '@id': l, '@type': 'dct:LinguisticSystem' })),
    ...[...new Set(files.map((f) => f.mediaType))].map((m) => ({
      '@id': `https://www.iana.org/assignments/media-types/${m}`,
      '@type': 'dct:MediaType',
    })),
    ...[...new Set(files.map((f) => f.fileType))].map((f) => ({
      '@id': `${AUTHORITY}/file-type/${f}`,
      '@type': 'dct:MediaTypeOrExtent',
    })),
    ...[...new Set(files.flatMap((f) => (f.conformsTo ? [f.conformsTo] : [])))].map((s) => ({
      '@id': s,
      '@type': 'dct:Standard',
    })),
  ];
  return { '@context': CONTEXT, '@graph': graph };
}
