/**
 * Closed vocabularies of the catalogue, each defined once as a `Map(key → label)`.
 * The zod enums in the content schemas, the search filters, the list facets and the
 * page labels all read these maps, so adding a value here adds it everywhere.
 */

/** The three kinds of entry; each kind is one content collection and one URL segment. */
export const KINDS = new Map([
  ['networks', 'Network'],
  ['programmes', 'Programme'],
  ['practices', 'Cooperation practice'],
] as const);
export type Kind = typeof KINDS extends Map<infer K, unknown> ? K : never;

/** Plural labels for kinds, used as headings of list pages. */
export const KIND_PLURALS: Record<Kind, string> = {
  networks: 'Networks',
  programmes: 'Programmes',
  practices: 'Cooperation practices',
};

export const NETWORK_TYPES = new Map([
  ['judicial-network', 'Judicial network'],
  ['prosecutors-network', 'Prosecutors’ network'],
  ['contact-point-network', 'Contact-point network'],
  ['law-enforcement-cooperation', 'Law-enforcement cooperation'],
  ['training-network', 'Judicial training network'],
  ['policy-forum', 'Policy forum or working group'],
  ['expert-committee', 'Intergovernmental expert committee'],
  ['professional-association', 'Professional association'],
  ['information-network', 'Information-sharing network'],
] as const);

export const PRACTICE_TYPES = new Map([
  ['police-cooperation-organisation', 'Police cooperation organisation'],
  ['regional-centre', 'Regional centre'],
  ['judicial-cooperation-body', 'Judicial cooperation body'],
  ['liaison-arrangement', 'Liaison arrangement'],
  ['national-coordination-model', 'National coordination model'],
  ['information-channel', 'Information channel'],
  ['intergovernmental-forum', 'Intergovernmental forum'],
  ['capacity-building', 'Capacity-building and training'],
] as const);

export const PROGRAMME_TYPES = new Map([
  ['regional-programme', 'Regional programme'],
  ['technical-assistance-project', 'Technical-assistance project'],
  ['cooperation-project', 'Cooperation project'],
] as const);

/** Regions an entry works in. An entry may sit in several (a Mediterranean network is in Europe and Africa). */
export const REGIONS = new Map([
  ['global', 'Global'],
  ['europe', 'Europe'],
  ['european-union', 'European Union'],
  ['south-east-europe', 'South-East Europe and the Western Balkans'],
  ['eastern-europe-central-asia', 'Eastern Europe and Central Asia'],
  ['mediterranean', 'Mediterranean, Middle East and North Africa'],
  ['africa', 'Africa'],
  ['americas', 'Americas'],
  ['asia', 'Asia'],
  ['pacific', 'Pacific'],
] as const);

export const CRIME_AREAS = new Map([
  ['organised-crime', 'Organised crime'],
  ['terrorism', 'Terrorism'],
  ['cybercrime', 'Cybercrime'],
  ['corruption', 'Corruption'],
  ['money-laundering-asset-recovery', 'Money laundering and asset recovery'],
  ['trafficking-in-human-beings', 'Trafficking in human beings'],
  ['migrant-smuggling', 'Migrant smuggling'],
  ['drug-trafficking', 'Drug trafficking'],
  ['firearms-trafficking', 'Firearms trafficking'],
  ['environmental-crime', 'Environmental crime'],
  ['core-international-crimes', 'Genocide, crimes against humanity and war crimes'],
  ['economic-financial-crime', 'Economic and financial crime'],
  ['maritime-crime', 'Maritime crime and piracy'],
  ['child-sexual-exploitation', 'Child sexual exploitation'],
  ['serious-crime-general', 'Serious crime in general'],
] as const);

export const INSTRUMENTS = new Map([
  ['mutual-legal-assistance', 'Mutual legal assistance'],
  ['extradition', 'Extradition and surrender'],
  ['joint-investigation-teams', 'Joint investigation teams'],
  ['asset-recovery', 'Asset tracing, freezing and confiscation'],
  ['electronic-evidence', 'Electronic evidence'],
  ['transfer-of-proceedings', 'Transfer of proceedings'],
  ['transfer-of-sentenced-persons', 'Transfer of sentenced persons'],
  ['information-exchange', 'Police and intelligence information exchange'],
  ['coordination-of-investigations', 'Coordination of investigations and prosecutions'],
  ['liaison-officers', 'Liaison officers and magistrates'],
  ['training', 'Training and exchange of practice'],
] as const);

/** How a country takes part in an entry; the source's own wording is kept in the member's note. */
export const MEMBER_ROLES = new Map([
  ['member', 'Member'],
  ['observer', 'Observer'],
  ['partner', 'Partner'],
  ['contact-point', 'Contact point'],
  ['cooperation-agreement', 'Cooperation agreement'],
  ['liaison', 'Liaison'],
  ['beneficiary', 'Beneficiary'],
  // Roles the sources name that none of the above says exactly (CDPC (2017) 1, PC-OC and
  // Great Lakes rows): a State bound by the conventions without being a member, and a State
  // the source lists as cooperating with the members.
  ['state-party', 'State Party to the conventions (not a member)'],
  ['cooperating', 'Cooperating State'],
] as const);

export const STATUSES = new Map([
  ['active', 'Active'],
  ['inactive', 'Inactive'],
  ['ended', 'Ended'],
  ['unknown', 'Unknown'],
] as const);

/** Section of the CDPC (2017) 1 catalogue table in which a network is listed. */
export const CDPC_SECTIONS = new Map([
  ['european', 'European networks (section 4.1)'],
  ['non-european', 'Non-European networks (section 4.2)'],
  ['both', 'Listed in both sections'],
] as const);

/**
 * Typed relations between entries. `label` reads from the entry that states the relation,
 * `inverse` from its target, so each relation is written once and shown on both pages.
 */
export const RELATION_TYPES = new Map([
  ['hosted-by', { label: 'Hosted by', inverse: 'Hosts' }],
  ['part-of', { label: 'Part of', inverse: 'Has part' }],
  ['partner', { label: 'Partner of', inverse: 'Partner of' }],
  ['successor-of', { label: 'Successor of', inverse: 'Succeeded by' }],
  ['overlaps', { label: 'Overlaps with', inverse: 'Overlaps with' }],
  ['supported-by', { label: 'Supported by', inverse: 'Supports' }],
  // Weaker than a partnership: the source says only that the two liaise or keep close contacts.
  ['in-contact-with', { label: 'In close contact with', inverse: 'In close contact with' }],
] as const);

/** Roles of an organisation in an entry's membership. */
export const ORGANISATION_ROLES = new Map([
  ['member', 'Member organisation'],
  ['observer', 'Observer organisation'],
  ['partner', 'Partner organisation'],
  ['associate', 'Associate'],
  ['consulted', 'Consulted organisation'],
  // The source says the organisation set the body up, nothing more of its part in it.
  ['founder', 'Founding organisation'],
] as const);

/** Whether a programme activity is reported as held, or only announced (an agenda, a plan). */
export const ACTIVITY_STATUSES = new Map([
  ['held', 'Held'],
  ['planned', 'Planned'],
] as const);

type KeysOf<M> = M extends Map<infer K, unknown> ? K : never;
export type NetworkType = KeysOf<typeof NETWORK_TYPES>;
export type PracticeType = KeysOf<typeof PRACTICE_TYPES>;
export type ProgrammeType = KeysOf<typeof PROGRAMME_TYPES>;
export type EntryType = NetworkType | PracticeType | ProgrammeType;
export type CdpcSection = KeysOf<typeof CDPC_SECTIONS>;
export type OrganisationRole = KeysOf<typeof ORGANISATION_ROLES>;
export type ActivityStatus = KeysOf<typeof ACTIVITY_STATUSES>;
export type Region = KeysOf<typeof REGIONS>;
export type CrimeArea = KeysOf<typeof CRIME_AREAS>;
export type Instrument = KeysOf<typeof INSTRUMENTS>;
export type MemberRole = KeysOf<typeof MEMBER_ROLES>;
export type Status = KeysOf<typeof STATUSES>;
export type RelationType = KeysOf<typeof RELATION_TYPES>;

/** The keys of a vocabulary as a non-empty tuple, the form `z.enum` wants. */
export function keysOf<K extends string>(map: Map<K, unknown>): [K, ...K[]] {
  return [...map.keys()] as [K, ...K[]];
}

/** The label of a vocabulary value, falling back to the key so a page never shows nothing. */
export function labelOf<K extends string>(map: Map<K, string>, key: K): string {
  return map.get(key) ?? key;
}

/**
 * Every closed vocabulary with its English labels, by name, so that facets, pages and the
 * translations of the labels (src/i18n/) refer to a vocabulary by one name.
 */
export const VOCABULARIES = {
  kinds: KINDS,
  networkTypes: NETWORK_TYPES,
  practiceTypes: PRACTICE_TYPES,
  programmeTypes: PROGRAMME_TYPES,
  regions: REGIONS,
  crimeAreas: CRIME_AREAS,
  instruments: INSTRUMENTS,
  memberRoles: MEMBER_ROLES,
  statuses: STATUSES,
  cdpcSections: CDPC_SECTIONS,
  organisationRoles: ORGANISATION_ROLES,
  activityStatuses: ACTIVITY_STATUSES,
} as const;
export type VocabularyName = keyof typeof VOCABULARIES;
/** The keys of one vocabulary. @example VocabularyKey<'regions'> is 'global' | 'europe' | … */
export type VocabularyKey<V extends VocabularyName> = KeysOf<(typeof VOCABULARIES)[V]>;

/** The vocabulary of an entry's `type`, per kind. */
export const TYPE_VOCABULARY = {
  networks: 'networkTypes',
  practices: 'practiceTypes',
  programmes: 'programmeTypes',
} as const satisfies Record<Kind, VocabularyName>;
