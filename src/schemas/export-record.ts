/**
 * The open-data record (data/catalogue.json, data/entries/<id>.json) as a zod schema, from
 * which the published JSON Schema (data/catalogue.schema.json) is generated. It describes
 * the record *after* the build resolved it (countries as codes, organisations as ids, dates as
 * strings, absent values as null), so it is its own schema rather than the content schemas
 * read with io: 'output': those hold transforms JSON Schema cannot express, and the record
 * adds id, kind and url. Enums and descriptions come from the same vocabularies and fields.
 */
import { z } from 'astro/zod';
import {
  ACTIVITY_STATUSES,
  CDPC_SECTIONS,
  CRIME_AREAS,
  INSTRUMENTS,
  KINDS,
  MEMBER_ROLES,
  NETWORK_TYPES,
  ORGANISATION_ROLES,
  PRACTICE_TYPES,
  PROGRAMME_TYPES,
  REGIONS,
  RELATION_TYPES,
  STATUSES,
  keysOf,
} from './vocabularies.ts';
import { baseEntryFields } from './entry.ts';
import { ID_PATTERN } from './fields.ts';

const oneOf = <K extends string>(...maps: Array<Map<K, unknown>>) => z.enum(maps.flatMap((m) => keysOf(m)) as [K, ...K[]]);
const id = z.string().regex(ID_PATTERN);
const day = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe('YYYY-MM-DD');
const partialDay = z
  .string()
  .regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/)
  .describe('YYYY, YYYY-MM or YYYY-MM-DD');
const text = z.string();
const described = (schema: z.ZodType, field: keyof typeof baseEntryFields) => schema.describe(baseEntryFields[field].description ?? field);

export const exportRecordSchema = z.strictObject({
  id: id.describe('Entry id: its file name, stable once published'),
  kind: oneOf(KINDS),
  name: described(text, 'name'),
  acronym: described(text.nullable(), 'acronym'),
  alternativeNames: described(z.array(text), 'alternativeNames'),
  url: text.describe('Path of the entry page on the site, including the base path'),
  summary: described(text, 'summary'),
  type: oneOf<string>(NETWORK_TYPES, PRACTICE_TYPES, PROGRAMME_TYPES).describe('Kind of network, practice or programme'),
  regions: described(z.array(oneOf(REGIONS)), 'regions'),
  crimeAreas: described(z.array(oneOf(CRIME_AREAS)), 'crimeAreas'),
  instruments: described(z.array(oneOf(INSTRUMENTS)), 'instruments'),
  status: described(oneOf(STATUSES), 'status'),
  established: described(partialDay.nullable(), 'established'),
  laterNames: described(z.array(z.strictObject({ name: text, since: partialDay, note: text.nullable() })), 'laterNames'),
  membersDefinedBy: described(z.array(z.strictObject({ organisation: id, name: text, note: text.nullable() })), 'membersDefinedBy'),
  website: text.nullable().describe('Official website'),
  host: described(id.nullable(), 'host'),
  seat: described(text.nullable(), 'seat'),
  cdpcSection: oneOf(CDPC_SECTIONS).nullable().describe('Section of the CDPC catalogue'),
  members: described(
    z.array(
      z.strictObject({
        country: z
          .string()
          .regex(/^[A-Z]{2}$/)
          .describe('ISO 3166-1 alpha-2 code, XK for Kosovo'),
        role: oneOf(MEMBER_ROLES),
        jurisdiction: text.nullable(),
        note: text.nullable(),
      }),
    ),
    'members',
  ),
  unresolvedMembers: described(z.array(z.strictObject({ name: text, role: oneOf(MEMBER_ROLES), note: text })), 'unresolvedMembers'),
  memberOrganisations: described(
    z.array(z.strictObject({ organisation: id, name: text, role: oneOf(ORGANISATION_ROLES), note: text.nullable() })),
    'memberOrganisations',
  ),
  relations: described(z.array(z.strictObject({ type: oneOf(RELATION_TYPES), target: id, note: text.nullable() })), 'relations'),
  sources: described(
    z.array(z.strictObject({ document: text, title: text, locator: text, url: text.nullable(), date: partialDay.nullable() })),
    'sources',
  ),
  caveats: described(z.array(text), 'caveats'),
  asOf: described(partialDay, 'asOf'),
  lastReviewed: described(day, 'lastReviewed'),
  programme: z
    .strictObject({
      period: z.strictObject({ start: partialDay, end: partialDay.nullable() }).nullable(),
      funders: z.array(id),
      implementers: z.array(id),
      beneficiaries: z.array(text),
      pillars: z.array(z.strictObject({ title: text, components: z.array(text) })),
      activities: z.array(
        z.strictObject({ date: partialDay, title: text, place: text.nullable(), status: oneOf(ACTIVITY_STATUSES).nullable() }),
      ),
    })
    .nullable()
    .describe('Programme details; null for networks and practices'),
});

/** The whole data/catalogue.json file. */
export const catalogueFileSchema = z.strictObject({
  generated: z.string().describe('When the file was built (ISO 8601)'),
  licence: z.literal('CC-BY-4.0'),
  entries: z.array(exportRecordSchema),
});

/** JSON Schema (draft 2020-12) of data/catalogue.json, with the descriptions of the fields. */
export function catalogueJsonSchema(id?: string) {
  const schema = z.toJSONSchema(catalogueFileSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return { ...(id ? { $id: id } : {}), title: 'Catalogue of international judicial cooperation networks: open data', ...schema };
}
