/**
 * Turns parsed content (entries and organisations) into the plain catalogue model:
 * resolved organisations, country names, relations in both directions, per-country
 * involvement. Pure, so it is tested without Astro.
 */
import type { EntryData, NetworkData, ProgrammeData } from '../schemas/entry.ts';
import type { OrganisationData } from '../schemas/organisation.ts';
import {
  KINDS,
  NETWORK_TYPES,
  PRACTICE_TYPES,
  PROGRAMME_TYPES,
  RELATION_TYPES,
  type Kind,
  type MemberRole,
} from '../schemas/vocabularies.ts';
import { COUNTRIES, countryName } from '../data/countries.ts';
import { SOURCE_DOCUMENTS } from '../data/source-documents.ts';
import type { CountryView, Entry, EntryRef, OrganisationView, RelationView } from './model.ts';
import { entryPath } from './urls.ts';

export interface RawEntry {
  kind: Kind;
  id: string;
  filePath: string;
  data: EntryData;
}

export interface RawOrganisation {
  id: string;
  data: OrganisationData;
}

export interface Catalogue {
  entries: Entry[];
  byId: Map<string, Entry>;
  organisations: Map<string, OrganisationView>;
  countries: CountryView[];
}

const TYPE_LABELS: Record<Kind, Map<string, string>> = {
  networks: NETWORK_TYPES,
  practices: PRACTICE_TYPES,
  programmes: PROGRAMME_TYPES,
};

/** Sort key: name without a leading "The", case- and accent-insensitive. */
export const byName = (a: { name: string }, b: { name: string }) =>
  a.name.replace(/^The /, '').localeCompare(b.name.replace(/^The /, ''), 'en', { sensitivity: 'base' });

export function buildCatalogue(
  raw: RawEntry[],
  rawOrganisations: RawOrganisation[],
  lastChanged: Map<string, string> = new Map(),
): Catalogue {
  const refs = new Map<string, EntryRef>(
    raw.map((e) => [e.id, { kind: e.kind, id: e.id, name: e.data.name, acronym: e.data.acronym, path: entryPath(e.kind, e.id) }]),
  );
  const organisations = new Map<string, OrganisationView>(
    rawOrganisations.map((o) => [
      o.id,
      {
        id: o.id,
        name: o.data.name,
        acronym: o.data.acronym,
        website: o.data.website,
        entryPath: o.data.entry ? refs.get(o.data.entry)?.path : undefined,
      },
    ]),
  );
  const org = (id: string): OrganisationView => organisations.get(id) ?? { id, name: id };

  const relations = new Map<string, RelationView[]>(raw.map((e) => [e.id, []]));
  for (const e of raw) {
    for (const r of e.data.relations) {
      const labels = RELATION_TYPES.get(r.type)!;
      const target = refs.get(r.target);
      if (!target) continue; // reported by checkCatalogue before we get here
      relations.get(e.id)!.push({ type: r.type, label: labels.label, inverse: false, target, note: r.note });
      relations.get(r.target)!.push({ type: r.type, label: labels.inverse, inverse: true, target: refs.get(e.id)!, note: r.note });
    }
  }

  const entries: Entry[] = raw.map((e) => {
    const d = e.data;
    const programme = e.kind === 'programmes' ? (d as ProgrammeData) : undefined;
    return {
      ...refs.get(e.id)!,
      alternativeNames: d.alternativeNames,
      summary: d.summary,
      type: d.type,
      typeLabel: TYPE_LABELS[e.kind].get(d.type) ?? d.type,
      regions: d.regions,
      crimeAreas: d.crimeAreas,
      instruments: d.instruments,
      status: d.status,
      established: d.established,
      laterNames: d.laterNames,
      membersDefinedBy: d.membersDefinedBy.map((m) => ({ organisation: org(m.organisation), note: m.note })),
      website: d.website,
      host: d.host ? org(d.host) : undefined,
      seat: d.seat,
      cdpcSection: e.kind === 'networks' ? (d as NetworkData).cdpcSection : undefined,
      members: d.members.map((m) => ({ ...m, countryName: countryName(m.country) })),
      unresolvedMembers: d.unresolvedMembers,
      memberOrganisations: d.memberOrganisations.map((m) => ({ organisation: org(m.organisation), role: m.role, note: m.note })),
      sources: d.sources.map((s) => ({
        ...s,
        documentTitle: s.title ?? SOURCE_DOCUMENTS.get(s.document)?.title ?? s.document,
        documentDate: SOURCE_DOCUMENTS.get(s.document)?.date,
      })),
      asOf: d.asOf,
      lastReviewed: d.lastReviewed,
      lastChanged: lastChanged.get(e.filePath) ?? d.lastReviewed,
      relations: relations.get(e.id)!.sort((a, b) => a.label.localeCompare(b.label) || byName(a.target, b.target)),
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
    };
  });
  entries.sort((a, b) => byName(a, b) || [...KINDS.keys()].indexOf(a.kind) - [...KINDS.keys()].indexOf(b.kind));

  return { entries, byId: new Map(entries.map((e) => [e.id, e])), organisations, countries: countriesOf(entries) };
}

/** Every country that takes part in at least one entry, with the entries and its roles. */
function countriesOf(entries: Entry[]): CountryView[] {
  const byCode = new Map<string, CountryView>();
  for (const entry of entries) {
    const roles = new Map<string, { roles: Set<MemberRole>; jurisdictions: Set<string> }>();
    for (const m of entry.members) {
      const slot = roles.get(m.country) ?? { roles: new Set(), jurisdictions: new Set() };
      slot.roles.add(m.role);
      if (m.jurisdiction) slot.jurisdictions.add(m.jurisdiction);
      roles.set(m.country, slot);
    }
    for (const [code, slot] of roles) {
      const country = COUNTRIES.get(code)!;
      const view = byCode.get(code) ?? { code, name: country.name, nameFr: country.nameFr, involvements: [] };
      const { kind, id, name, acronym, path } = entry;
      view.involvements.push({ entry: { kind, id, name, acronym, path }, roles: [...slot.roles], jurisdictions: [...slot.jurisdictions] });
      byCode.set(code, view);
    }
  }
  return [...byCode.values()].sort(byName);
}
