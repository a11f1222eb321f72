/**
 * The plain data the pages, exports and search index are made from. Built from the
 * content collections once per build by src/content.ts; everything else takes these
 * objects and never queries collections itself.
 */
import type { Kind, MemberRole, RelationType } from '../schemas/vocabularies.ts';

export interface OrganisationView {
  id: string;
  name: string;
  acronym?: string | undefined;
  website?: string | undefined;
  /** Path of the catalogue entry describing this organisation, if any. */
  entryPath?: string | undefined;
}

export interface EntryRef {
  kind: Kind;
  id: string;
  name: string;
  acronym?: string | undefined;
  /** Site path without base, e.g. "networks/carin/". */
  path: string;
}

export interface MemberView {
  country: string;
  countryName: string;
  role: MemberRole;
  jurisdiction?: string | undefined;
  note?: string | undefined;
}

export interface RelationView {
  type: RelationType;
  /** Read from this entry: "Hosted by" or, for an inverse relation, "Hosts". */
  label: string;
  inverse: boolean;
  target: EntryRef;
  note?: string | undefined;
}

export interface SourceView {
  document: string;
  documentTitle: string;
  documentDate?: string | undefined;
  locator: string;
  url?: string | undefined;
  title?: string | undefined;
  date?: string | undefined;
}

export interface ProgrammeView {
  period?: { start: string; end?: string | undefined } | undefined;
  funders: OrganisationView[];
  implementers: OrganisationView[];
  beneficiaries: string[];
  pillars: Array<{ title: string; components: string[] }>;
  activities: Array<{ date: string; title: string; place?: string | undefined; status?: 'held' | 'planned' | undefined }>;
}

export interface Entry extends EntryRef {
  alternativeNames: string[];
  summary: string;
  type: string;
  typeLabel: string;
  regions: string[];
  crimeAreas: string[];
  instruments: string[];
  status: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source. */
  established?: string | undefined;
  laterNames: Array<{ name: string; since: string; note?: string | undefined }>;
  membersDefinedBy: Array<{ organisation: OrganisationView; note?: string | undefined }>;
  website?: string | undefined;
  host?: OrganisationView | undefined;
  seat?: string | undefined;
  cdpcSection?: string | undefined;
  members: MemberView[];
  unresolvedMembers: Array<{ name: string; role: MemberRole; note: string }>;
  memberOrganisations: Array<{ organisation: OrganisationView; role: string; note?: string | undefined }>;
  sources: SourceView[];
  asOf: string;
  lastReviewed: string;
  /** Date of the last commit changing the file, or the reviewed date when git cannot tell. */
  lastChanged: string;
  relations: RelationView[];
  caveats: string[];
  programme?: ProgrammeView | undefined;
  /** Repository-relative path of the content file. */
  filePath: string;
}

export interface CountryInvolvement {
  entry: EntryRef;
  roles: MemberRole[];
  jurisdictions: string[];
}

export interface CountryView {
  code: string;
  name: string;
  nameFr: string;
  involvements: CountryInvolvement[];
}
