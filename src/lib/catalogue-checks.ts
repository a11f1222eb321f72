/**
 * Checks that need the whole catalogue at once (a schema sees one file at a time):
 * duplicate ids and names, references to missing entries or organisations, members
 * listed twice. Astro 7 only logs a dangling reference; here it is an error.
 */
import { didYouMean } from './did-you-mean.ts';
import { SOURCE_DOCUMENTS } from '../data/source-documents.ts';

export type Severity = 'error' | 'warning';

export interface CatalogueProblem {
  file: string;
  field: string;
  message: string;
  severity: Severity;
}

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

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
const host = (url: string) => {
  try {
    const u = new URL(url);
    return (u.hostname.replace(/^www\./, '') + u.pathname.replace(/\/+$/, '')).toLowerCase();
  } catch {
    return url;
  }
};

export function checkCatalogue(
  entries: CheckedEntry[],
  organisations: CheckedOrganisation[],
  options: CheckOptions,
): CatalogueProblem[] {
  const problems: CatalogueProblem[] = [];
  const error = (file: string, field: string, message: string) => problems.push({ file, field, message, severity: 'error' });
  const warn = (file: string, field: string, message: string) => problems.push({ file, field, message, severity: 'warning' });

  const byId = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    const other = byId.get(entry.id);
    if (other) {
      error(entry.file, 'id', `The id “${entry.id}” is already used by ${other.file}. Ids are unique across all kinds: rename one of the files.`);
    } else byId.set(entry.id, entry);
  }
  const orgIds = new Map(organisations.map((o) => [o.id, o]));

  const firstWith = new Map<string, CheckedEntry>();
  for (const entry of entries) {
    const key = normalise(entry.data.name);
    const other = firstWith.get(key);
    if (other && other !== entry) {
      error(entry.file, 'name', `The name “${entry.data.name}” is already used by ${other.file}. Names must be unique: merge the two entries, or make the names distinct.`);
    } else firstWith.set(key, entry);
  }

  const seen = (map: Map<string, CheckedEntry>, key: string | undefined, entry: CheckedEntry, field: string, what: string) => {
    if (!key) return;
    const other = map.get(key);
    if (other && other !== entry) warn(entry.file, field, `Same ${what} as ${other.file}: is this a duplicate entry? If not, ignore this warning.`);
    else map.set(key, entry);
  };
  const acronyms = new Map<string, CheckedEntry>();
  const websites = new Map<string, CheckedEntry>();

  const checkOrg = (entry: CheckedEntry, field: string, id: string) => {
    if (!orgIds.has(id)) {
      error(entry.file, field, `No organisation “${id}” in src/content/organisations/.${didYouMean(id, orgIds.keys())} Create src/content/organisations/${id}.yaml or use an existing id.`);
    }
  };

  const staleMs = (options.staleAfterDays ?? 730) * 86_400_000;
  for (const entry of entries) {
    const { data, file } = entry;
    seen(acronyms, data.acronym?.toLowerCase(), entry, 'acronym', 'acronym');
    seen(websites, data.website ? host(data.website) : undefined, entry, 'website', 'website');

    data.relations.forEach((relation, i) => {
      const field = `relations[${i}].target`;
      if (relation.target === entry.id) error(file, field, 'An entry cannot be related to itself. Remove this relation.');
      else if (!byId.has(relation.target)) {
        error(file, field, `No entry with id “${relation.target}”.${didYouMean(relation.target, byId.keys())} Use the file name (without extension) of an entry in src/content/.`);
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
        error(file, `members[${i}].country`, `${m.country} is listed twice with the role “${m.role}”${m.jurisdiction ? ` (${m.jurisdiction})` : ''}. Remove the repeat.`);
      }
      memberKeys.add(key);
    });

    // A reader can check a fact from a URL, or from one of the catalogue's source documents,
    // whose full references are on the about page; anything else cannot be traced.
    if (!data.sources.some((s) => s.url || SOURCE_DOCUMENTS.has(s.document))) {
      warn(file, 'sources', 'No source can be checked: none has a url and none is one of the catalogue’s source documents. Add the address where the document can be read.');
    }
    if (Date.parse(options.today) - Date.parse(data.lastReviewed) > staleMs) {
      warn(file, 'lastReviewed', `Last reviewed on ${data.lastReviewed}, more than ${Math.round(staleMs / 86_400_000)} days ago. Check the facts and update lastReviewed.`);
    }
  }

  for (const org of organisations) {
    if (org.data.entry && !byId.has(org.data.entry)) {
      error(org.file, 'entry', `No entry with id “${org.data.entry}”.${didYouMean(org.data.entry, byId.keys())} Remove the field or correct the id.`);
    }
    if (org.data.parent && !orgIds.has(org.data.parent)) {
      error(org.file, 'parent', `No organisation “${org.data.parent}”.${didYouMean(org.data.parent, orgIds.keys())}`);
    }
  }
  return problems;
}
