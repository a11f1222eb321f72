/**
 * The plain data the pages, exports and search index are made from. Built from the
 * content collections once per build by src/content.ts; everything else takes these
 * objects and never queries collections itself. Vocabulary fields carry their vocabulary's
 * types; labels are a page's business (they depend on the language), so none is stored here.
 */
import type {
  ActivityStatus,
  CdpcSection,
  CrimeArea,
  EntryType,
  Instrument,
  Kind,
  MemberRole,
  OrganisationRole,
  Region,
  RelationType,
  Status,
} from '../schemas/vocabularies.ts';
import type { TranslationData } from '../schemas/translation.ts';
import type { Locale } from '../i18n/locales.ts';

export interface OrganisationView {
  id: string;
  name: string;
  acronym?: string | undefined;
  website?: string | undefined;
  /** The catalogue entry describing this organisation, if any. */
  entry?: EntryRef | undefined;
}

export interface EntryRef {
  kind: Kind;
  id: string;
  name: string;
  acronym?: string | undefined;
  /** Site path of its page in the root language, without base, e.g. "networks/carin/". */
  path: string;
}

export interface MemberView {
  country: string;
  role: MemberRole;
  jurisdiction?: string | undefined;
  note?: string | undefined;
}

export interface RelationView {
  type: RelationType;
  /** True when the relation is stated by the other entry and read from this one ("Hosts"). */
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

export interface ActivityView {
  date: string;
  title: string;
  place?: string | undefined;
  status?: ActivityStatus | undefined;
}

export interface ProgrammeView {
  period?: { start: string; end?: string | undefined } | undefined;
  funders: OrganisationView[];
  implementers: OrganisationView[];
  beneficiaries: string[];
  pillars: Array<{ title: string; components: string[] }>;
  /** Oldest first. */
  activities: ActivityView[];
}

/**
 * An entry's text in another language (its translation file, decision 0008). `current` is false
 * when the English text changed since it was translated: pages then show the English.
 */
export interface EntryTranslation extends TranslationData {
  current: boolean;
}

export interface Entry extends EntryRef {
  alternativeNames: string[];
  laterNames: Array<{ name: string; since: string; note?: string | undefined }>;
  summary: string;
  type: EntryType;
  regions: Region[];
  /** The regions it works in, as listed, and those its member countries lie in: what the region filter matches. */
  regionsCovered: Region[];
  crimeAreas: CrimeArea[];
  instruments: Instrument[];
  /**
   * The status a reader should see: "ended" once a programme's period is over, otherwise the
   * status the source gives (as of `asOf`).
   */
  status: Status;
  /** The status as the content records it, as of `asOf`. */
  listedStatus: Status;
  /** Set when `status` is derived: the end of the period after which it is "ended". */
  endedOn?: string | undefined;
  /** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source. */
  established?: string | undefined;
  website?: string | undefined;
  host?: OrganisationView | undefined;
  seat?: string | undefined;
  cdpcSection?: CdpcSection | undefined;
  members: MemberView[];
  /** Country codes of the members, each once, in the order first listed. */
  countries: string[];
  unresolvedMembers: Array<{ name: string; role: MemberRole; note: string }>;
  memberOrganisations: Array<{ organisation: OrganisationView; role: OrganisationRole; note?: string | undefined }>;
  membersDefinedBy: Array<{ organisation: OrganisationView; note?: string | undefined }>;
  sources: SourceView[];
  asOf: string;
  lastReviewed: string;
  /** Date of the last commit changing the file, or the reviewed date when git cannot tell. */
  lastChanged: string;
  /** Both directions: the relations this entry states and those stated about it. */
  relations: RelationView[];
  caveats: string[];
  programme?: ProgrammeView | undefined;
  /** Repository-relative path of the content file. */
  filePath: string;
  /** Its translations, by language. */
  translations: Partial<Record<Locale, EntryTranslation>>;
}

export interface CountryInvolvement {
  entry: EntryRef;
  roles: MemberRole[];
  jurisdictions: string[];
}

export interface CountryView {
  code: string;
  involvements: CountryInvolvement[];
  /** Entries whose sources give no member list but whose regions cover the country. */
  mayConcern: EntryRef[];
}
