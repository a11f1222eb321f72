/**
 * The content schemas of the three entry kinds. One definition, two uses: Astro's
 * content collections (src/content.config.ts) and `npm run validate` both parse with these.
 */
import { z } from 'astro/zod';
import {
  ACTIVITY_STATUSES,
  CDPC_SECTIONS,
  CRIME_AREAS,
  INSTRUMENTS,
  NETWORK_TYPES,
  PRACTICE_TYPES,
  PROGRAMME_TYPES,
  REGIONS,
  STATUSES,
  type Kind,
} from './vocabularies.ts';
import {
  idRef,
  webUrl,
  isoDate,
  memberOrganisationSchema,
  memberSchema,
  relationSchema,
  sourceSchema,
  unresolvedMemberSchema,
  vocabulary,
} from './fields.ts';

const nonEmptyList = <T extends z.ZodType>(item: T, what: string) => z.array(item).min(1, `Give at least one ${what}.`);

/** Fields every entry has, whatever its kind. */
export const baseEntryFields = {
  /** Full name in English. @example "European Judicial Network" */
  name: z
    .string()
    .min(3, 'Give the full name of the entry.')
    .max(200, 'Keep the name to at most 200 characters.')
    .describe('Full name in English'),
  /** Short form, if the body is known by one. @example "EJN" */
  acronym: z.string().min(2).max(24).optional().describe('Acronym, if any'),
  /** Other names, old names, names in other languages. @example ["Red Judicial Europea"] */
  alternativeNames: z.array(z.string().min(2)).default([]).describe('Other or former names'),
  /**
   * Names taken after the date of the sources (a renaming, a later official name), each with
   * when it took effect. Only where certain. @example [{ name: "SELEC", since: 2011 }]
   */
  laterNames: z
    .array(z.strictObject({ name: z.string().min(2), since: isoDate({ partial: true }), note: z.string().min(2).optional() }))
    .default([])
    .describe('Names taken after the sources’ date, with when they took effect'),
  /** One sentence, in the catalogue's own words, saying what it is and does. */
  summary: z
    .string()
    .min(40, 'Write a summary of at least 40 characters: one sentence on what the entry is and does.')
    .max(320, 'Keep the summary to one sentence of at most 320 characters; put detail in the body.')
    .refine((s) => !/\n/.test(s.trim()), 'Write the summary as a single sentence on one line.')
    .describe('One sentence: what it is and does'),
  /** Regions the entry works in. @example ["europe", "european-union"] */
  regions: nonEmptyList(vocabulary(REGIONS, 'region'), 'region').describe('Regions, from the closed list'),
  /** Crime areas it deals with. @example ["organised-crime"] */
  crimeAreas: nonEmptyList(vocabulary(CRIME_AREAS, 'crime area'), 'crime area').describe('Crime areas, from the closed list'),
  /** Cooperation instruments it facilitates. @example ["mutual-legal-assistance"] */
  instruments: z.array(vocabulary(INSTRUMENTS, 'cooperation instrument')).default([]).describe('Cooperation instruments'),
  /** Countries and their roles, as the source lists them. */
  members: z.array(memberSchema).default([]).describe('Member countries and their roles'),
  /** Members the source names ambiguously (e.g. "Congo"); never guessed. */
  unresolvedMembers: z.array(unresolvedMemberSchema).default([]).describe('Members that cannot be resolved'),
  /** International organisations taking part. */
  memberOrganisations: z.array(memberOrganisationSchema).default([]).describe('Organisations taking part'),
  /**
   * Organisations whose member States make up the membership, where the source defines it so
   * ("ASEAN Member States", "Commonwealth member States"). @example [{ organisation: asean }]
   */
  membersDefinedBy: z
    .array(z.strictObject({ organisation: idRef('organisation'), note: z.string().min(2).optional() }))
    .default([])
    .describe('Organisations whose member States are the members, as the source says'),
  /** Organisation hosting the entry or running its secretariat. @example "eurojust" */
  host: idRef('organisation').optional().describe('Id of the hosting organisation'),
  /** City of the seat or secretariat. @example "The Hague" */
  seat: z.string().min(2).optional().describe('Seat or secretariat location'),
  /** When it was founded, as precisely as a source says: a year, a month or a day. @example 2004 */
  established: isoDate({ partial: true }).optional().describe('Date established: YYYY, YYYY-MM or YYYY-MM-DD'),
  /** Status as of `asOf`. */
  status: vocabulary(STATUSES, 'status').describe('active, inactive, ended or unknown, as of the asOf date'),
  /** Official website. @example "https://www.ejn-crimjust.europa.eu/" */
  website: webUrl('website').optional().describe('Official website (http or https)'),
  /** Where the facts come from. At least one. */
  sources: nonEmptyList(sourceSchema, 'source (document and locator)').describe('Sources of the facts'),
  /** Date the facts were true (usually the source's date), as precisely as it is known. @example 2017-02-23 */
  asOf: isoDate({ partial: true }).describe('Date the facts were true: YYYY, YYYY-MM or YYYY-MM-DD'),
  /** Date an editor last checked the entry. @example 2026-11-23 */
  lastReviewed: isoDate().describe('Date last reviewed'),
  /** Typed links to other entries. */
  relations: z.array(relationSchema).default([]).describe('Relations to other entries'),
  /** Where the sources are out of date, inconsistent or incomplete, said plainly. */
  caveats: z.array(z.string().min(10)).default([]).describe('Known doubts about the facts'),
};

export const networkSchema = z.strictObject({
  ...baseEntryFields,
  type: vocabulary(NETWORK_TYPES, 'network type').describe('Kind of network'),
  /** Section of CDPC (2017) 1 listing it, if any. @example "european" */
  cdpcSection: vocabulary(CDPC_SECTIONS, 'CDPC section').optional().describe('Section of the CDPC catalogue'),
});

export const practiceSchema = z.strictObject({
  ...baseEntryFields,
  type: vocabulary(PRACTICE_TYPES, 'practice type').describe('Kind of practice'),
});

const periodSchema = z
  .strictObject({
    start: isoDate({ partial: true }),
    end: isoDate({ partial: true }).optional(),
  })
  .refine((p) => !p.end || p.end >= p.start, { message: 'The period ends before it starts.', path: ['end'] });

export const programmeSchema = z.strictObject({
  ...baseEntryFields,
  type: vocabulary(PROGRAMME_TYPES, 'programme type').describe('Kind of programme'),
  /** Omit only when no source dates the programme, and say so in caveats. @example { start: 2009, end: 2011 } */
  period: periodSchema.optional().describe('Start and end (omit if no source dates it)'),
  /** Organisation ids of funders. @example ["european-union"] */
  funders: z.array(idRef('organisation')).default([]),
  /** Organisation ids of implementers. @example ["unodc"] */
  implementers: z.array(idRef('organisation')).default([]),
  /** Who the programme serves (institutions); target countries go in members with role beneficiary. */
  beneficiaries: z.array(z.string().min(2)).default([]),
  /** Pillars or work streams and their components. */
  pillars: z.array(z.strictObject({ title: z.string().min(2), components: z.array(z.string().min(2)).default([]) })).default([]),
  /** Dated activities. @example [{ date: "2017-04-18", title: "2nd CrimEx session", place: "Maastricht" }] */
  activities: z
    .array(
      z.strictObject({
        date: isoDate({ partial: true }),
        title: z.string().min(2),
        place: z.string().optional(),
        /** "planned" when the source only announces it (an agenda, a work plan). */
        status: vocabulary(ACTIVITY_STATUSES, 'activity status').optional(),
      }),
    )
    .default([]),
});

export const ENTRY_SCHEMAS = {
  networks: networkSchema,
  practices: practiceSchema,
  programmes: programmeSchema,
} as const satisfies Record<Kind, z.ZodType>;

export type NetworkData = z.output<typeof networkSchema>;
export type PracticeData = z.output<typeof practiceSchema>;
export type ProgrammeData = z.output<typeof programmeSchema>;
export type EntryData = NetworkData | PracticeData | ProgrammeData;
