/**
 * Checks that need the whole catalogue at once (a schema sees one file at a time):
 * duplicate ids and names, references to missing entries or organisations, members
 * listed twice. Astro 7 only logs a dangling reference; here it is an error.
 */
import { didYouMean } from './did-you-mean.ts';
import { quote } from './quote.ts';
import { RELATION_TYPES, type RelationType } from '../schemas/vocabularies.ts';
import { SOURCE_DOCUMENTS } from '../data/source-documents.ts';

import type { Problem } from './problem.ts';

/** The parts of a parsed entry these checks read. */
export interface CheckedEntry {
  id: string;
  kind: string;
  file: string;
  data: {
    name: string;
    acronym?: string | undefined;
    website?: string | undefined;
    host?: string | undefined;
    lastReviewed: string;
    members: Array<{ country: string; role: string; jurisdiction?: string | undefined }>;
    memberOrganisations: Array<{ organisation: string }>;
    membersDefinedBy?: Array<{ organisation: string }>;
    relations: Array<{ type: string; target: string }>;
    sources: Array<{ document: string; url?: string | undefined }>;
    funders?: string[];
    implementers?: string[];
  };
}

export interface CheckedOrganisation {
  id: string;
  file: string;
  data: { name: string; acronym?: string | undefined; entry?: string | undefined; parent?: string | undefined };
}

export interface CheckOptions {
  /** ISO date treated as today, for the staleness warning. */
  today: string;
  /** An entry not reviewed for this many days gets a warning. */
  staleAfterDays?: number;
}

/**
 * A name as a comparison key: compatibility-decomposed (NFKD, so "ﬁ" is "fi" and "Ｅ" is "E"),
 * accents and case dropped, punctuation and spacing folded, in any script.
 */
export const nameKey = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/** The scripts the letters of a name are written in (Latin, Cyrillic, Greek…), for the lookalike warning. */
const SCRIPTS = ['Latin', 'Cyrillic', 'Greek', 'Armenian', 'Arabic', 'Hebrew', 'Han', 'Georgian'] as const;
const SCRIPT_PATTERNS = SCRIPTS.map((script) => [script, new RegExp(`\\p{Script=${script}}`, 'u')] as const);
export function scriptsOf(name: string): string[] {
  const letters = name.normalize('NFKD').replace(/\p{M}+/gu, '');
  return SCRIPT_PATTERNS.filter(([, pattern]) => pattern.test(letters)).map(([script]) => script);
}
const host = (url: string) => {
  try {
    const u = new URL(url);
    return (u.hostname.replace(/^www\./, '') + u.pathname.replace(/\/+$/, '')).toLowerCase();
  } catch {
    return url;
  }
};

export function checkCatalogue(entries: CheckedEntry[], organisations: CheckedOrganisation[], options: CheckOptions): Problem[] {
  const problems: Problem[] = [];
  const error = (file: string, field: string, message: string) => problems.push({ file, field, message, severity: 'error' });
  const warn = (file: string, field: string, message: string) => problems.push({ file, field, message, severity: 'warning' });

  const byId = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    const other = byId.get(entry.id);
    if (other) {
      error(
        entry.file,
        'id',
        `The id “${entry.id}” is already used by ${other.file}. Ids are unique across all kinds: rename one of the files.`,
      );
    } else byId.set(entry.id, entry);
  }
  const orgIds = new Map(organisations.map((o) => [o.id, o]));

  const firstWith = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    const key = nameKey(entry.data.name);
    const other = firstWith.get(key);
    if (other && other !== entry) {
      error(
        entry.file,
        'name',
        `The name ${quote(entry.data.name)} is already used by ${other.file}. Names must be unique: merge the two entries, or make the names distinct.`,
      );
    } else firstWith.set(key, entry);
  }

  for (const entry of entries) {
    const scripts = scriptsOf(entry.data.name);
    if (scripts.length > 1) {
      warn(
        entry.file,
        'name',
        `The name mixes ${scripts.join(' and ')} letters, which can look alike (a Cyrillic “Е” looks like a Latin “E”). Retype the name in one script, unless the mix is intended.`,
      );
    }
  }

  const seen = (map: Map<string, CheckedEntry>, key: string | undefined, entry: CheckedEntry, field: string, what: string) => {
    if (!key) return;
    const other = map.get(key);
    if (other && other !== entry)
      warn(entry.file, field, `Same ${what} as ${other.file}: is this a duplicate entry? If not, ignore this warning.`);
    else map.set(key, entry);
  };
  const acronyms = new Map<string, CheckedEntry>();
  const websites = new Map<string, CheckedEntry>();

  const checkOrg = (entry: CheckedEntry, field: string, id: string) => {
    if (!orgIds.has(id)) {
      error(
        entry.file,
        field,
        `No organisation “${id}” in src/content/organisations/.${didYouMean(id, orgIds.keys())} Create src/content/organisations/${id}.yaml or use an existing id.`,
      );
    }
  };

  const staleMs = (options.staleAfterDays ?? 730) * 86_400_000;
  for (const entry of entries) {
    const { data, file } = entry;
    seen(acronyms, data.acronym?.toLowerCase(), entry, 'acronym', 'acronym');
    seen(websites, data.website ? host(data.website) : undefined, entry, 'website', 'website');

    const relationKeys = new Set<string>();
    data.relations.forEach((relation, i) => {
      const field = `relations[${i}].target`;
      const key = `${relation.type}|${relation.target}`;
      if (relationKeys.has(key))
        error(
          file,
          field,
          `The relation “${relation.type}” to “${relation.target}” is listed twice. Remove the repeat (put both notes in one).`,
        );
      relationKeys.add(key);
      if (relation.target === entry.id) error(file, field, 'An entry cannot be related to itself. Remove this relation.');
      else if (!byId.has(relation.target)) {
        error(
          file,
          field,
          `No entry with id “${relation.target}”.${didYouMean(relation.target, byId.keys())} Use the file name (without extension) of an entry in src/content/.`,
        );
      }
    });

    if (data.host) checkOrg(entry, 'host', data.host);
    data.memberOrganisations.forEach((m, i) => checkOrg(entry, `memberOrganisations[${i}].organisation`, m.organisation));
    data.membersDefinedBy?.forEach((m, i) => checkOrg(entry, `membersDefinedBy[${i}].organisation`, m.organisation));
    data.funders?.forEach((id, i) => checkOrg(entry, `funders[${i}]`, id));
    data.implementers?.forEach((id, i) => checkOrg(entry, `implementers[${i}]`, id));

    const memberKeys = new Set<string>();
    data.members.forEach((m, i) => {
      const key = `${m.country}|${m.role}|${m.jurisdiction ?? ''}`;
      if (memberKeys.has(key)) {
        error(
          file,
          `members[${i}].country`,
          `${m.country} is listed twice with the role “${m.role}”${m.jurisdiction ? ` (${m.jurisdiction})` : ''}. Remove the repeat.`,
        );
      }
      memberKeys.add(key);
    });

    // A reader can check a fact from a URL, or from one of the catalogue's source documents,
    // whose full references are on the about page; anything else cannot be traced.
    if (!data.sources.some((s) => s.url || SOURCE_DOCUMENTS.has(s.document))) {
      warn(
        file,
        'sources',
        'No source can be checked: none has a url and none is one of the catalogue’s source documents. Add the address where the document can be read.',
      );
    }
    if (data.lastReviewed > options.today) {
      error(
        file,
        'lastReviewed',
        `Reviewed on ${data.lastReviewed}, which is after today (${options.today}). Write the date you checked the facts.`,
      );
    } else if (Date.parse(options.today) - Date.parse(data.lastReviewed) > staleMs) {
      warn(
        file,
        'lastReviewed',
        `Last reviewed on ${data.lastReviewed}, more than ${Math.round(staleMs / 86_400_000)} days ago. Check the facts and update lastReviewed.`,
      );
    }
  }

  // A symmetric relation (partner, overlaps…) is stated once and shown on both pages; stated in
  // both entries, it would show twice on each.
  const stated = new Set(entries.flatMap((e) => e.data.relations.map((r) => `${e.id}|${r.type}|${r.target}`)));
  for (const entry of entries) {
    entry.data.relations.forEach((relation, i) => {
      const labels = RELATION_TYPES.get(relation.type as RelationType);
      if (
        labels?.label === labels?.inverse &&
        entry.id > relation.target &&
        stated.has(`${relation.target}|${relation.type}|${entry.id}`)
      ) {
        error(
          entry.file,
          `relations[${i}].target`,
          `The relation “${relation.type}” with “${relation.target}” is also stated in that entry. A ${relation.type} relation shows on both pages: keep it in one of the two files.`,
        );
      }
    });
  }

  const orgFiles = new Map<string, string>();
  for (const org of organisations) {
    const other = orgFiles.get(org.id);
    if (other) error(org.file, 'id', `The organisation id “${org.id}” is already used by ${other}. Remove one of the two files.`);
    orgFiles.set(org.id, org.file);
    if (org.data.entry && !byId.has(org.data.entry)) {
      error(
        org.file,
        'entry',
        `No entry with id “${org.data.entry}”.${didYouMean(org.data.entry, byId.keys())} Remove the field or correct the id.`,
      );
    }
    if (org.data.parent && !orgIds.has(org.data.parent)) {
      error(org.file, 'parent', `No organisation “${org.data.parent}”.${didYouMean(org.data.parent, orgIds.keys())}`);
    }
  }
  return problems;
}
