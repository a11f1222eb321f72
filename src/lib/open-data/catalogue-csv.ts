/**
 * data/catalogue.csv: the flat table of the first open-data release, one row per entry–member
 * pair (an entry without a member country keeps one row), its columns unchanged and new ones
 * after them so that it opens well in a spreadsheet: names and labels in every language beside
 * the codes, absolute page addresses, the website, and an explicit "no member list" where the
 * country is empty. Written with a byte-order mark (spreadsheets need it to read UTF-8).
 */
import type { Catalogue } from '../build-catalogue.ts';
import { CSV_COLUMNS, toExportRecord } from '../export.ts';
import { MEMBER_ROLES } from '../../schemas/vocabularies.ts';
import { countryName, labelOf } from '../../i18n/labels.ts';
import { t } from '../../i18n/ui.ts';
import { LOCALE_CODES, type Locale } from '../../i18n/locales.ts';
import { absolute, href, paths } from '../urls.ts';
import { field, type Field, type Row, type TableSchema } from './table-schema.ts';
import { TABLES } from './tables.ts';
import { localName } from './local-text.ts';

const entriesSchema = TABLES.find((t) => t.name === 'entries')!.schema;
/** A column like one of entries.csv, under another name; not unique (an entry has a row per member). */
function like(name: string, from: string): Field {
  const { constraints, ...rest } = entriesSchema.fields.find((f) => f.name === from)!;
  const { unique: _unique, ...kept } = constraints ?? {};
  return { ...rest, name, ...(constraints ? { constraints: kept } : {}) };
}
const perLanguage = (name: string, value: (lang: Locale) => string): Row =>
  Object.fromEntries(LOCALE_CODES.map((lang) => [`${name}_${lang}`, value(lang)]));

/** The columns of the first release (src/lib/export.ts), then the ones added for readers. */
export const catalogueCsvSchema: TableSchema = {
  fields: [
    like('id', 'entry_id'),
    like('kind', 'kind'),
    like('name', 'name'),
    like('acronym', 'acronym'),
    field.text('url', 'Path of the entry page on the site, including the base path', true),
    like('type', 'type'),
    like('status', 'status'),
    like('regions', 'regions'),
    like('crimeAreas', 'crime_areas'),
    like('instruments', 'instruments'),
    {
      ...field.country('country', 'ISO 3166-1 alpha-2 code (XK for Kosovo); empty for an entry without a member list'),
      constraints: { pattern: '^[A-Z]{2}$' },
    },
    field.code('role', 'How the country takes part', MEMBER_ROLES.keys(), false),
    field.text('jurisdiction', 'Sub-national part that takes part, where the source names one'),
    field.text('memberNote', 'The source’s own wording, or a caveat'),
    like('asOf', 'as_of'),
    like('lastReviewed', 'last_reviewed'),
    like('name_fr', 'name_fr'),
    ...(['kind_label', 'type_label', 'status_label'] as const).flatMap((n) =>
      LOCALE_CODES.map((lang) => like(`${n}_${lang}`, `${n}_${lang}`)),
    ),
    ...field.perLanguage('country_name', (lang) => `Name of the country (${lang}), or that the sources give no member list`),
    ...field.perLanguage('role_label', (lang) => `Label of the role (${lang})`, false),
    like('page_url', 'page_url'),
    like('page_url_fr', 'page_url_fr'),
    like('website', 'website'),
  ],
  foreignKeys: [{ fields: ['id'], reference: { resource: 'entries', fields: ['entry_id'] } }],
  missingValues: [''],
};

if (catalogueCsvSchema.fields.slice(0, CSV_COLUMNS.length).some((f, i) => f.name !== CSV_COLUMNS[i])) {
  throw new Error('catalogue.csv must keep the columns of its first release, in their order (src/lib/export.ts CSV_COLUMNS).');
}

export function catalogueCsvRows(catalogue: Catalogue): Row[] {
  const entryRows = new Map(
    TABLES.find((t) => t.name === 'entries')!
      .rows(catalogue)
      .map((r) => [r.entry_id, r]),
  );
  return catalogue.entries.flatMap((entry) => {
    const r = toExportRecord(entry, href);
    const e = entryRows.get(entry.id)!;
    const common: Row = {
      id: r.id,
      kind: r.kind,
      name: r.name,
      acronym: r.acronym,
      url: r.url,
      type: r.type,
      status: r.status,
      regions: r.regions.join(';') || null,
      crimeAreas: r.crimeAreas.join(';') || null,
      instruments: r.instruments.join(';') || null,
      asOf: r.asOf,
      lastReviewed: r.lastReviewed,
      name_fr: localName(entry, 'fr'),
      ...Object.fromEntries(Object.entries(e).filter(([k]) => /^(kind|type|status)_label_/.test(k))),
      page_url: absolute(paths.entry(entry.kind, entry.id)),
      page_url_fr: absolute(paths.entry(entry.kind, entry.id, 'fr')),
      website: r.website,
    };
    if (r.members.length === 0) {
      return [{ ...common, ...perLanguage('country_name', (lang) => t('data.noMemberList', lang)) }];
    }
    return r.members.map((m) => ({
      ...common,
      country: m.country,
      role: m.role,
      jurisdiction: m.jurisdiction,
      memberNote: m.note,
      ...perLanguage('country_name', (lang) => countryName(m.country, lang)),
      ...perLanguage('role_label', (lang) => labelOf('memberRoles', m.role, lang)),
    }));
  });
}
