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
}): FinderEntry {
  return {
    id: entry.id,
    name: entry.acronym ? `${entry.name} (${entry.acronym})` : entry.name,
    kind: entry.kind,
    path: entry.path,
    crimeAreas: entry.crimeAreas,
    instruments: entry.instruments,
    members: entry.members.map((m) => [m.country, m.role]),
  };
}
