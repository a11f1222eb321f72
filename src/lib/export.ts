/**
 * The open-data record of an entry (data/catalogue.json, data/entries/<id>.json): every content
 * field is carried over, so nothing in the catalogue is missing from the data. The columns of the
 * first release of catalogue.csv are kept here; the file itself is written by
 * src/lib/open-data/catalogue-csv.ts.
 */
import type { Entry } from './model.ts';

export interface ExportRecord {
  id: string;
  kind: string;
  name: string;
  acronym: string | null;
  alternativeNames: string[];
  url: string;
  summary: string;
  type: string;
  regions: string[];
  crimeAreas: string[];
  instruments: string[];
  status: string;
  established: string | null;
  laterNames: Array<{ name: string; since: string; note: string | null }>;
  membersDefinedBy: Array<{ organisation: string; name: string; note: string | null }>;
  website: string | null;
  host: string | null;
  seat: string | null;
  cdpcSection: string | null;
  members: Array<{ country: string; role: string; jurisdiction: string | null; note: string | null }>;
  unresolvedMembers: Array<{ name: string; role: string; note: string }>;
  memberOrganisations: Array<{ organisation: string; name: string; role: string; note: string | null }>;
  relations: Array<{ type: string; target: string; note: string | null }>;
  sources: Array<{ document: string; title: string; locator: string; url: string | null; date: string | null }>;
  caveats: string[];
  asOf: string;
  lastReviewed: string;
  programme: {
    period: { start: string; end: string | null } | null;
    funders: string[];
    implementers: string[];
    beneficiaries: string[];
    pillars: Array<{ title: string; components: string[] }>;
    activities: Array<{ date: string; title: string; place: string | null; status: string | null }>;
  } | null;
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/** `href` turns a site path into the URL the record gives (base path included). */
export function toExportRecord(entry: Entry, href: (path: string) => string): ExportRecord {
  const p = entry.programme;
  return {
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    acronym: orNull(entry.acronym),
    alternativeNames: entry.alternativeNames,
    url: href(entry.path),
    summary: entry.summary,
    type: entry.type,
    regions: entry.regions,
    crimeAreas: entry.crimeAreas,
    instruments: entry.instruments,
    status: entry.status,
    established: orNull(entry.established),
    laterNames: entry.laterNames.map((n) => ({ name: n.name, since: n.since, note: orNull(n.note) })),
    membersDefinedBy: entry.membersDefinedBy.map((m) => ({
      organisation: m.organisation.id,
      name: m.organisation.name,
      note: orNull(m.note),
    })),
    website: orNull(entry.website),
    host: entry.host?.id ?? null,
    seat: orNull(entry.seat),
    cdpcSection: orNull(entry.cdpcSection),
    members: entry.members.map((m) => ({ country: m.country, role: m.role, jurisdiction: orNull(m.jurisdiction), note: orNull(m.note) })),
    unresolvedMembers: entry.unresolvedMembers,
    memberOrganisations: entry.memberOrganisations.map((m) => ({
      organisation: m.organisation.id,
      name: m.organisation.name,
      role: m.role,
      note: orNull(m.note),
    })),
    // Only the relations this entry states; inverses are derived and would be double-counted.
    relations: entry.relations.filter((r) => !r.inverse).map((r) => ({ type: r.type, target: r.target.id, note: orNull(r.note) })),
    sources: entry.sources.map((s) => ({
      document: s.document,
      title: s.documentTitle,
      locator: s.locator,
      url: orNull(s.url),
      date: orNull(s.date),
    })),
    caveats: entry.caveats,
    asOf: entry.asOf,
    lastReviewed: entry.lastReviewed,
    programme: p
      ? {
          period: p.period ? { start: p.period.start, end: orNull(p.period.end) } : null,
          funders: p.funders.map((o) => o.id),
          implementers: p.implementers.map((o) => o.id),
          beneficiaries: p.beneficiaries,
          pillars: p.pillars,
          activities: p.activities.map((a) => ({ date: a.date, title: a.title, place: orNull(a.place), status: orNull(a.status) })),
        }
      : null,
  };
}

/** The columns of catalogue.csv in its first release; it keeps them, in this order, before any added one. */
export const CSV_COLUMNS = [
  'id',
  'kind',
  'name',
  'acronym',
  'url',
  'type',
  'status',
  'regions',
  'crimeAreas',
  'instruments',
  'country',
  'role',
  'jurisdiction',
  'memberNote',
  'asOf',
  'lastReviewed',
] as const;

/** RFC 4180 field; a leading = + - @ is prefixed with ' so spreadsheets do not run it as a formula. */
export function csvField(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
