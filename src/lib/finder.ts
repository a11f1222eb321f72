/**
 * The cooperation finder: which entries bring all of a set of countries together, and in
 * what role each takes part. Pure and DOM-free, so the finder page's script and the unit
 * tests share it; it works on the compact records of data/finder.json.
 */
import type { MemberRole } from '../schemas/vocabularies.ts';

/** One entry as the finder needs it (the shape of data/finder.json). */
export interface FinderEntry {
  id: string;
  name: string;
  kind: string;
  path: string;
  crimeAreas: string[];
  instruments: string[];
  /** [country code, role]; a country may appear more than once (several jurisdictions). */
  members: Array<[string, MemberRole]>;
  /** Names in the other languages, where the entry has an official translated name. @example { fr: "Réseau judiciaire européen (RJE)" } */
  names?: Partial<Record<string, string>>;
  /** For an entry whose sources give no member list: the regions it works in. */
  regions?: string[];
}

/**
 * Entries with no member list whose regions cover every chosen country (`regionsOf` gives a
 * country's regions): they may concern them all, which the finder says apart from the results.
 */
export function mayConcernAll(entries: FinderEntry[], countries: string[], regionsOf: (code: string) => string[]): FinderEntry[] {
  if (countries.length === 0) return [];
  return entries
    .filter((e) => e.members.length === 0 && e.regions?.length)
    .filter((e) => countries.every((c) => e.regions!.some((r) => r === 'global' || regionsOf(c).includes(r))))
    .sort((a, b) => sortName(a.name).localeCompare(sortName(b.name), 'en', { sensitivity: 'base' }));
}

export interface FinderQuery {
  countries: string[];
  /** If given, an entry must work on at least one of these. */
  crimeAreas?: string[] | undefined;
  /** If given, an entry must use at least one of these. */
  instruments?: string[] | undefined;
}

export interface FinderResult {
  entry: FinderEntry;
  /** The roles of each chosen country, in the order of query.countries. */
  roles: MemberRole[][];
  /** How many of the chosen countries are full members. */
  fullMembers: number;
}

const someOf = (wanted: string[] | undefined, have: string[]) => !wanted?.length || wanted.some((w) => have.includes(w));

/** Roles of one country in an entry, without repeats, "member" first. */
function rolesOf(entry: FinderEntry, country: string): MemberRole[] {
  const roles = [...new Set(entry.members.filter(([c]) => c === country).map(([, r]) => r))];
  return roles.sort((a, b) => Number(b === 'member') - Number(a === 'member'));
}

const sortName = (name: string) => name.replace(/^The /, '');

/**
 * Entries that include every chosen country (in any role) and match the optional crime
 * areas and instruments, best coverage first: entries where all chosen countries are full
 * members, then by the number of full members among them, then by name.
 */
export function findShared(entries: readonly FinderEntry[], query: FinderQuery): FinderResult[] {
  const countries = [...new Set(query.countries)];
  if (countries.length === 0) return [];
  const results: FinderResult[] = [];
  for (const entry of entries) {
    if (!someOf(query.crimeAreas, entry.crimeAreas) || !someOf(query.instruments, entry.instruments)) continue;
    const roles = countries.map((c) => rolesOf(entry, c));
    if (roles.some((r) => r.length === 0)) continue;
    results.push({ entry, roles, fullMembers: roles.filter((r) => r.includes('member')).length });
  }
  const all = countries.length;
  return results.sort(
    (a, b) =>
      Number(b.fullMembers === all) - Number(a.fullMembers === all) ||
      b.fullMembers - a.fullMembers ||
      sortName(a.entry.name).localeCompare(sortName(b.entry.name), 'en', { sensitivity: 'base' }),
  );
}

/** The compact record data/finder.json holds for one entry. */
export function toFinderEntry(entry: {
  id: string;
  name: string;
  acronym?: string | undefined;
  kind: string;
  path: string;
  crimeAreas: string[];
  instruments: string[];
  members: ReadonlyArray<{ country: string; role: MemberRole }>;
  regions?: string[];
  /** Official names in other languages, with their acronyms. */
  names?: Partial<Record<string, { name: string; acronym?: string | undefined }>>;
}): FinderEntry {
  const withAcronym = (name: string, acronym?: string) => (acronym ? `${name} (${acronym})` : name);
  const names = Object.entries(entry.names ?? {}).filter(([, n]) => n);
  return {
    id: entry.id,
    name: withAcronym(entry.name, entry.acronym),
    kind: entry.kind,
    path: entry.path,
    crimeAreas: entry.crimeAreas,
    instruments: entry.instruments,
    members: entry.members.map((m) => [m.country, m.role]),
    ...(names.length
      ? { names: Object.fromEntries(names.map(([lang, n]) => [lang, withAcronym(n!.name, n!.acronym ?? entry.acronym)])) }
      : {}),
    ...(entry.members.length === 0 && entry.regions?.length ? { regions: entry.regions } : {}),
  };
}
