/**
 * The Data page's route data: each published file with what it holds, its format and size (the
 * same text the endpoint serves, measured), the change history with links to the entries, and the
 * addresses the worked example uses.
 */
import type { OpenData } from '../open-data/site-data.ts';
import { TABLES } from '../open-data/tables.ts';
import { DATA_VERSION, LICENCE } from '../open-data/dataset.ts';
import { formatDate, strings } from '../../i18n/ui.ts';
import { LOCALE_CODES, type Locale } from '../../i18n/locales.ts';
import type { Localised } from '../../data/source-documents.ts';
import { absolute, href, paths } from '../urls.ts';
import { localName } from './names.ts';

const STANDARDS: Record<string, Localised> = {
  'data/catalogue.json': {
    en: 'JSON, described by catalogue.schema.json (JSON Schema 2020-12)',
    fr: 'JSON, décrit par catalogue.schema.json (JSON Schema 2020-12)',
  },
  'data/datapackage.json': { en: 'Frictionless Data Package v2', fr: 'Frictionless Data Package v2' },
  'data/popolo.json': { en: 'Popolo (JSON)', fr: 'Popolo (JSON)' },
};
const CSV_FORMAT: Localised = { en: 'CSV (RFC 4180), described in datapackage.json', fr: 'CSV (RFC 4180), décrit dans datapackage.json' };

export function dataPageData({ catalogue, history, files, dates }: OpenData, lang: Locale) {
  const s = strings(lang);
  const text = (t: Localised) => t[lang] ?? t.en;
  const entryLink = (id: string) => {
    const e = catalogue.byId.get(id)!;
    return { name: localName(e, lang), href: href(paths.entry(e.kind, e.id, lang)) };
  };
  const sized = files.map((f) => ({
    name: f.path.replace(/^data\//, ''),
    href: href(paths.file(f.path)),
    title: text(f.title),
    description: text(f.description),
    format: text(STANDARDS[f.path] ?? (f.mediaType === 'text/csv' ? CSV_FORMAT : { en: f.mediaType })),
    size: s['data.bytes'](Buffer.byteLength(f.body(catalogue, dates.modified))),
  }));
  return {
    files: sized,
    extra: {
      dcat: href(paths.file('data/catalog.jsonld')),
      schema: href(paths.file('data/catalogue.schema.json')),
      entryExample: catalogue.entries[0]
        ? { name: `${catalogue.entries[0].id}.json`, href: href(paths.file(`data/entries/${catalogue.entries[0].id}.json`)) }
        : undefined,
      feed: href(paths.feed(lang)),
    },
    licence: LICENCE,
    version: DATA_VERSION,
    tables: TABLES.map((t) => t.name),
    example: workedExample(lang),
    history: history.map((day) => ({
      iso: day.date,
      date: formatDate(day.date, lang),
      added: day.added.filter((id) => catalogue.byId.has(id)).map(entryLink),
      changed: day.changed.filter((id) => catalogue.byId.has(id)).map(entryLink),
    })),
  };
}

export type DataPageData = ReturnType<typeof dataPageData>;

/**
 * "Which networks does Kenya belong to?" in a few lines of Python's standard library, with the
 * tidy CSV tables and with the JSON; the role is printed in the page's language where the tables
 * have its label.
 */
function workedExample(lang: Locale) {
  const entries = absolute(paths.file('data/v1/entries.csv'));
  const memberships = absolute(paths.file('data/v1/memberships.csv'));
  const json = absolute(paths.file('data/catalogue.json'));
  const role = `role_label_${LOCALE_CODES.includes(lang) ? lang : 'en'}`;
  const csv = `import csv, io, urllib.request

def table(url):
    with urllib.request.urlopen(url) as f:
        return list(csv.DictReader(io.TextIOWrapper(f, encoding="utf-8")))

kind = {e["entry_id"]: e["kind"] for e in table("${entries}")}
for m in table("${memberships}"):
    if m["country"] == "KE" and kind[m["entry_id"]] == "networks":
        print(m["entry_name"], "—", m["${role}"])`;
  const fromJson = `import json, urllib.request

data = json.load(urllib.request.urlopen("${json}"))
for e in data["entries"]:
    for m in e["members"]:
        if m["country"] == "KE" and e["kind"] == "networks":
            print(e["name"], "—", m["role"])`;
  return { entries, memberships, json, csv, fromJson };
}
