/**
 * Turns parsed content (entries and organisations) into the plain catalogue model:
 * resolved organisations, relations in both directions, per-country involvement, everything
 * sorted once. Pure, so it is tested without Astro (build-catalogue.test.ts).
 */
import type { EntryData, NetworkData, ProgrammeData } from '../schemas/entry.ts';
import type { OrganisationData } from '../schemas/organisation.ts';
import { KINDS, REGIONS, RELATION_TYPES, type Kind, type MemberRole } from '../schemas/vocabularies.ts';
import { regionCovers, regionsOf } from '../data/regions.ts';
import { SOURCE_DOCUMENTS } from '../data/source-documents.ts';
import type { CountryView, Entry, EntryRef, OrganisationView, RelationView } from './model.ts';
import { paths } from './urls.ts';

export interface RawEntry {
  kind: Kind;
  id: string;
  filePath: string;
  data: EntryData;
  /** Its translations by language, with whether each was made from the English as it is now. */
  translations?: Entry['translations'];
}

export interface RawOrganisation {
  id: string;
  data: OrganisationData;
}

export interface Catalogue {
  /** By name (a leading "The" ignored), then by kind. */
  entries: Entry[];
  byId: Map<string, Entry>;
  organisations: Map<string, OrganisationView>;
  /** Every country taking part in at least one entry, by code. */
  countries: CountryView[];
}

const KIND_ORDER = [...KINDS.keys()];
const collator = new Intl.Collator('en', { sensitivity: 'base' });

/** Sort key: name without a leading "The", case- and accent-insensitive. */
export const byName = (a: { name: string }, b: { name: string }) =>
  collator.compare(a.name.replace(/^The /, ''), b.name.replace(/^The /, ''));

export interface BuildOptions {
  /** When the catalogue is built (ISO date): a programme whose period ended before it is shown as ended. */
  today?: string;
}

/** The last day of a partial date: "2011" → "2011-12-31", "2011-06" → "2011-06-30". */
export function endOf(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (d) return date;
  return new Date(Date.UTC(y, m ?? 12, 0)).toISOString().slice(0, 10);
}

export function buildCatalogue(
  raw: RawEntry[],
  rawOrganisations: RawOrganisation[],
  lastChanged: Map<string, string> = new Map(),
  options: BuildOptions = {},
): Catalogue {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const refs = new Map<string, EntryRef>(
    raw.map((e) => [e.id, { kind: e.kind, id: e.id, name: e.data.name, acronym: e.data.acronym, path: paths.entry(e.kind, e.id) }]),
  );
  const organisations = new Map<string, OrganisationView>(
    rawOrganisations.map((o) => [
      o.id,
      {
        id: o.id,
        name: o.data.name,
        acronym: o.data.acronym,
        website: o.data.website,
        entry: o.data.entry ? refs.get(o.data.entry) : undefined,
      },
    ]),
  );
  const org = (id: string): OrganisationView => organisations.get(id) ?? { id, name: id };

  // Each relation is stated once, by one entry, and shown on both.
  const relations = new Map<string, RelationView[]>(raw.map((e) => [e.id, []]));
  for (const e of raw) {
    for (const r of e.data.relations) {
      const target = refs.get(r.target);
      if (!target) continue; // reported by checkCatalogue before we get here
      relations.get(e.id)!.push({ type: r.type, inverse: false, target, note: r.note });
      relations.get(r.target)!.push({ type: r.type, inverse: true, target: refs.get(e.id)!, note: r.note });
    }
  }
  // In the order of how they read in English ("Hosted by", "Hosts", "Part of"…), then by name:
  // one stable order for the graph, the tables and the pages of every language.
  const readAs = (r: RelationView) => RELATION_TYPES.get(r.type)![r.inverse ? 'inverse' : 'label'];
  const relationOrder = (a: RelationView, b: RelationView) => readAs(a).localeCompare(readAs(b)) || byName(a.target, b.target);

  const entries: Entry[] = raw.map((e) => {
    const d = e.data;
    const programme = e.kind === 'programmes' ? (d as ProgrammeData) : undefined;
    const periodEnd = programme?.period?.end;
    const ended = periodEnd !== undefined && endOf(periodEnd) < today && d.status !== 'ended';
    const memberRegions = new Set(d.members.flatMap((m) => regionsOf(m.country)));
    return {
      ...refs.get(e.id)!,
      alternativeNames: d.alternativeNames,
      laterNames: d.laterNames,
      summary: d.summary,
      type: d.type,
      regions: d.regions,
      regionsCovered: [...REGIONS.keys()].filter((r) => d.regions.includes(r) || memberRegions.has(r)),
      crimeAreas: d.crimeAreas,
      instruments: d.instruments,
      status: ended ? 'ended' : d.status,
      listedStatus: d.status,
      endedOn: ended ? periodEnd : undefined,
      established: d.established,
      website: d.website,
      host: d.host ? org(d.host) : undefined,
      seat: d.seat,
      cdpcSection: e.kind === 'networks' ? (d as NetworkData).cdpcSection : undefined,
      members: d.members,
      countries: [...new Set(d.members.map((m) => m.country))],
      unresolvedMembers: d.unresolvedMembers,
      memberOrganisations: d.memberOrganisations.map((m) => ({ organisation: org(m.organisation), role: m.role, note: m.note })),
      membersDefinedBy: d.membersDefinedBy.map((m) => ({ organisation: org(m.organisation), note: m.note })),
      sources: d.sources.map((s) => ({
        ...s,
        documentTitle: s.title ?? SOURCE_DOCUMENTS.get(s.document)?.title ?? s.document,
        documentDate: SOURCE_DOCUMENTS.get(s.document)?.date,
      })),
      asOf: d.asOf,
      lastReviewed: d.lastReviewed,
      lastChanged: lastChanged.get(e.filePath) ?? d.lastReviewed,
      relations: relations.get(e.id)!.sort(relationOrder),
      caveats: d.caveats,
      programme: programme && {
        period: programme.period,
        funders: programme.funders.map(org),
        implementers: programme.implementers.map(org),
        beneficiaries: programme.beneficiaries,
        pillars: programme.pillars,
        activities: [...programme.activities].sort((a, b) => a.date.localeCompare(b.date)),
      },
      filePath: e.filePath,
      translations: e.translations ?? {},
    };
  });
  entries.sort((a, b) => byName(a, b) || KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));

  return { entries, byId: new Map(entries.map((e) => [e.id, e])), organisations, countries: countriesOf(entries) };
}

/** Every country that takes part in at least one entry, with the entries (in catalogue order) and its roles. */
function countriesOf(entries: Entry[]): CountryView[] {
  const byCode = new Map<string, CountryView>();
  for (const entry of entries) {
    const slots = new Map<string, { roles: Set<MemberRole>; jurisdictions: Set<string> }>();
    for (const m of entry.members) {
      const slot = slots.get(m.country) ?? { roles: new Set(), jurisdictions: new Set() };
      slot.roles.add(m.role);
      if (m.jurisdiction) slot.jurisdictions.add(m.jurisdiction);
      slots.set(m.country, slot);
    }
    for (const [code, slot] of slots) {
      const view = byCode.get(code) ?? { code, involvements: [], mayConcern: [] };
      view.involvements.push({ entry: refOf(entry), roles: [...slot.roles], jurisdictions: [...slot.jurisdictions] });
      byCode.set(code, view);
    }
  }
  // Entries whose sources list no member: they may concern every country their regions cover.
  const unlisted = entries.filter((e) => e.members.length === 0);
  for (const view of byCode.values()) {
    view.mayConcern = unlisted.filter((e) => e.regions.some((r) => regionCovers(r, view.code))).map(refOf);
  }
  return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
}

function refOf({ kind, id, name, acronym, path }: Entry): EntryRef {
  return { kind, id, name, acronym, path };
}
