/**
 * The catalogue as tidy tables (data/v1/*.csv): one table per kind of fact, one row per fact,
 * codes as keys with their labels in every language beside them, absolute page addresses.
 * Each table carries its Table Schema, from which datapackage.json is written and against which
 * the tests validate every row, so the columns written and the columns described cannot differ.
 */
import type { Catalogue } from '../build-catalogue.ts';
import {
  CDPC_SECTIONS,
  KINDS,
  MEMBER_ROLES,
  NETWORK_TYPES,
  ORGANISATION_ROLES,
  PRACTICE_TYPES,
  PROGRAMME_TYPES,
  RELATION_TYPES,
  STATUSES,
  TYPE_VOCABULARY,
  type VocabularyName,
} from '../../schemas/vocabularies.ts';
import { countryName, labelOf, relationLabel } from '../../i18n/labels.ts';
import { LOCALE_CODES, LOCALES, type Locale } from '../../i18n/locales.ts';
import { absolute, paths } from '../urls.ts';
import { field, type Row, type TableSchema } from './table-schema.ts';
import { localAcronym, localName, localSummary } from './local-text.ts';

export interface Table {
  /** Resource name in the data package, and file name (<name>.csv). */
  name: string;
  title: string;
  description: string;
  /** Title and description in French, for the DCAT-AP description. */
  fr: { title: string; description: string };
  schema: TableSchema;
  rows: (catalogue: Catalogue) => Row[];
}

const perLanguage = (name: string, value: (lang: Locale) => string): Row =>
  Object.fromEntries(LOCALE_CODES.map((lang) => [`${name}_${lang}`, value(lang)]));
const labels = (name: string, vocabulary: VocabularyName, key: string) => perLanguage(name, (lang) => labelOf(vocabulary, key, lang));
const inLanguage = (what: string) => (lang: string) => `${what} in ${LOCALES[lang as Locale].name}`;
const orNull = (value: string | undefined): string | null => value ?? null;

const entryKey = (name = 'entry_id') => field.id(name, 'Id of the entry (its file name; stable once published)');
const toEntries = (fields: string[]) => ({ fields, reference: { resource: 'entries', fields: ['entry_id'] } });
const toCountries = (fields: string[]) => ({ fields, reference: { resource: 'countries', fields: ['code'] } });
const missingValues = [''];

const entries: Table = {
  name: 'entries',
  title: 'Entries',
  description: 'One row per network, programme and cooperation practice.',
  fr: { title: 'Entrées', description: 'Une ligne par réseau, programme et pratique de coopération.' },
  schema: {
    fields: [
      { ...entryKey(), constraints: { required: true, unique: true, pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } },
      field.code('kind', 'Kind of entry', KINDS.keys()),
      ...field.perLanguage('kind_label', inLanguage('Label of the kind')),
      field.text('name', 'Name (English, the language the entries are written in)', true),
      field.text('name_fr', 'Official French name where the French translation gives one, otherwise the English name', true),
      field.text('acronym', 'Acronym'),
      field.text('acronym_fr', 'Official French acronym where there is one, otherwise the acronym'),
      field.code('type', 'Type of network, practice or programme', [
        ...NETWORK_TYPES.keys(),
        ...PRACTICE_TYPES.keys(),
        ...PROGRAMME_TYPES.keys(),
      ]),
      ...field.perLanguage('type_label', inLanguage('Label of the type')),
      field.code(
        'status',
        'Status a reader should see: ended once a programme’s period is over, otherwise as the source gives it',
        STATUSES.keys(),
      ),
      ...field.perLanguage('status_label', inLanguage('Label of the status')),
      field.partialDate('established', 'When it was established'),
      field.url('website', 'Official website'),
      field.url('page_url', 'Address of its page in the catalogue (English)', true),
      field.url('page_url_fr', 'Address of its page in the catalogue (French)', true),
      field.text('summary', 'One sentence: what it is and does (English)', true),
      field.text('summary_fr', 'The summary in French where a current translation exists, otherwise in English', true),
      field.codes('regions', 'Regions it works in, as listed (codes, separated by ;)'),
      field.codes('crime_areas', 'Crime areas (codes, separated by ;)'),
      field.codes('instruments', 'Cooperation instruments (codes, separated by ;)'),
      field.code('cdpc_section', 'Section of the CDPC (2017) 1 catalogue that lists it', CDPC_SECTIONS.keys(), false),
      field.text('seat', 'Seat, as the source gives it'),
      field.text('host', 'Id of the organisation hosting it, as the source says'),
      field.partialDate('as_of', 'Date of the information', true),
      field.date('last_reviewed', 'Last review of the entry against its sources'),
      field.date('last_changed', 'Last change of the entry’s file (from the repository history; the review date where it cannot tell)'),
    ],
    primaryKey: ['entry_id'],
    missingValues,
  },
  rows: ({ entries }) =>
    entries.map((e) => ({
      entry_id: e.id,
      kind: e.kind,
      ...labels('kind_label', 'kinds', e.kind),
      name: e.name,
      name_fr: localName(e, 'fr'),
      acronym: orNull(e.acronym),
      acronym_fr: orNull(localAcronym(e, 'fr')),
      type: e.type,
      ...labels('type_label', TYPE_VOCABULARY[e.kind], e.type),
      status: e.status,
      ...labels('status_label', 'statuses', e.status),
      established: orNull(e.established),
      website: orNull(e.website),
      page_url: absolute(paths.entry(e.kind, e.id)),
      page_url_fr: absolute(paths.entry(e.kind, e.id, 'fr')),
      summary: e.summary,
      summary_fr: localSummary(e, 'fr'),
      regions: e.regions.join(';') || null,
      crime_areas: e.crimeAreas.join(';') || null,
      instruments: e.instruments.join(';') || null,
      cdpc_section: orNull(e.cdpcSection),
      seat: orNull(e.seat),
      host: orNull(e.host?.id),
      as_of: e.asOf,
      last_reviewed: e.lastReviewed,
      last_changed: e.lastChanged,
    })),
};

const memberships: Table = {
  name: 'memberships',
  title: 'Memberships of States',
  description:
    'One row per country taking part in an entry, with its role (and the sub-national part that takes part, where the source names one).',
  fr: {
    title: 'Participation des États',
    description:
      'Une ligne par pays participant à une fiche, avec son rôle (et la partie infranationale qui participe, lorsque la source la nomme).',
  },
  schema: {
    fields: [
      entryKey(),
      field.text('entry_name', 'Name of the entry', true),
      field.country('country', 'ISO 3166-1 alpha-2 code (XK for Kosovo)'),
      ...field.perLanguage('country_name', inLanguage('Name of the country')),
      field.text('jurisdiction', 'Sub-national part that takes part, where the source names one'),
      field.code('role', 'How the country takes part', MEMBER_ROLES.keys()),
      ...field.perLanguage('role_label', inLanguage('Label of the role')),
      field.text('note', 'The source’s own wording, or a caveat'),
    ],
    foreignKeys: [toEntries(['entry_id']), toCountries(['country'])],
    missingValues,
  },
  rows: ({ entries }) =>
    entries.flatMap((e) =>
      e.members.map((m) => ({
        entry_id: e.id,
        entry_name: e.name,
        country: m.country,
        ...perLanguage('country_name', (lang) => countryName(m.country, lang)),
        jurisdiction: orNull(m.jurisdiction),
        role: m.role,
        ...labels('role_label', 'memberRoles', m.role),
        note: orNull(m.note),
      })),
    ),
};

const organisationMemberships: Table = {
  name: 'organisation-memberships',
  title: 'Memberships of organisations',
  description: 'One row per organisation taking part in an entry, with its role.',
  fr: { title: 'Participation des organisations', description: 'Une ligne par organisation participant à une fiche, avec son rôle.' },
  schema: {
    fields: [
      entryKey(),
      field.text('entry_name', 'Name of the entry', true),
      field.id('organisation_id', 'Id of the organisation'),
      field.text('organisation_name', 'Name of the organisation', true),
      field.text('organisation_acronym', 'Acronym of the organisation'),
      field.id('organisation_entry_id', 'The catalogue entry describing the organisation, if any', false),
      field.code('role', 'How the organisation takes part', ORGANISATION_ROLES.keys()),
      ...field.perLanguage('role_label', inLanguage('Label of the role')),
      field.text('note', 'The source’s own wording, or a caveat'),
    ],
    foreignKeys: [toEntries(['entry_id']), toEntries(['organisation_entry_id'])],
    missingValues,
  },
  rows: ({ entries }) =>
    entries.flatMap((e) =>
      e.memberOrganisations.map((m) => ({
        entry_id: e.id,
        entry_name: e.name,
        organisation_id: m.organisation.id,
        organisation_name: m.organisation.name,
        organisation_acronym: orNull(m.organisation.acronym),
        organisation_entry_id: orNull(m.organisation.entry?.id),
        role: m.role,
        ...labels('role_label', 'organisationRoles', m.role),
        note: orNull(m.note),
      })),
    ),
};

const relations: Table = {
  name: 'relations',
  title: 'Relations between entries',
  description: 'One row per relation, as the entry that states it words it (read "entry — relation — target").',
  fr: {
    title: 'Relations entre fiches',
    description: 'Une ligne par relation, telle que la formule la fiche qui l’énonce (« fiche — relation — cible »).',
  },
  schema: {
    fields: [
      entryKey(),
      field.code('relation', 'Type of relation', RELATION_TYPES.keys()),
      ...field.perLanguage('relation_label', inLanguage('Label of the relation')),
      entryKey('target_id'),
      field.text('target_name', 'Name of the related entry', true),
      field.text('note', 'What the source says of the relation'),
    ],
    foreignKeys: [toEntries(['entry_id']), toEntries(['target_id'])],
    missingValues,
  },
  rows: ({ entries }) =>
    entries.flatMap((e) =>
      e.relations
        .filter((r) => !r.inverse)
        .map((r) => ({
          entry_id: e.id,
          relation: r.type,
          ...perLanguage('relation_label', (lang) => relationLabel(r.type, false, lang)),
          target_id: r.target.id,
          target_name: r.target.name,
          note: orNull(r.note),
        })),
    ),
};

const sources: Table = {
  name: 'sources',
  title: 'Sources',
  description: 'One row per source an entry cites: the document, where in it, and the address consulted.',
  fr: {
    title: 'Sources',
    description: 'Une ligne par source citée par une fiche : le document, l’endroit où il le dit, et l’adresse citée.',
  },
  schema: {
    fields: [
      entryKey(),
      field.text('document', 'Id of the source document', true),
      field.text('document_title', 'Title of the source document', true),
      field.text('locator', 'Where in the document', true),
      field.partialDate('document_date', 'Date of the source document'),
      field.text('title', 'Title of the cited page or item, where the entry gives one'),
      field.url('url', 'Cited address (footnoted in the document, or consulted)'),
      field.partialDate('date', 'Date of the cited page or item, where the entry gives one'),
    ],
    foreignKeys: [toEntries(['entry_id'])],
    missingValues,
  },
  rows: ({ entries }) =>
    entries.flatMap((e) =>
      e.sources.map((s) => ({
        entry_id: e.id,
        document: s.document,
        document_title: s.documentTitle,
        locator: s.locator,
        document_date: orNull(s.documentDate),
        title: orNull(s.title),
        url: orNull(s.url),
        date: orNull(s.date),
      })),
    ),
};

const countries: Table = {
  name: 'countries',
  title: 'Countries',
  description: 'One row per country taking part in at least one entry.',
  fr: { title: 'Pays', description: 'Une ligne par pays participant à au moins une fiche.' },
  schema: {
    fields: [
      {
        ...field.country('code', 'ISO 3166-1 alpha-2 code (XK for Kosovo)'),
        constraints: { required: true, unique: true, pattern: '^[A-Z]{2}$' },
      },
      ...field.perLanguage('name', inLanguage('Name')),
      field.url('page_url', 'Address of its page in the catalogue (English)', true),
      field.url('page_url_fr', 'Address of its page in the catalogue (French)', true),
      field.count('entries', 'Number of entries that list the country'),
    ],
    primaryKey: ['code'],
    missingValues,
  },
  rows: ({ countries }) =>
    countries.map((c) => ({
      code: c.code,
      ...perLanguage('name', (lang) => countryName(c.code, lang)),
      page_url: absolute(paths.country(c.code)),
      page_url_fr: absolute(paths.country(c.code, 'fr')),
      entries: c.involvements.length,
    })),
};

/** The tables, in the order the data package lists them. */
export const TABLES: Table[] = [entries, memberships, organisationMemberships, relations, sources, countries];
