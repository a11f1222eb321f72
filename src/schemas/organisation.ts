/**
 * One registry of organisations (src/content/organisations/<id>.yaml), so that "UNODC",
 * "United Nations Office on Drugs and Crime" and "UN" are one thing with one id.
 */
import { z } from 'astro/zod';
import { idRef, webUrl } from './fields.ts';

export const organisationSchema = z.strictObject({
  /** Full English name. @example "United Nations Office on Drugs and Crime" */
  name: z.string().min(2),
  /** @example "UNODC" */
  acronym: z.string().min(2).optional(),
  /** Other spellings met in the sources, so nobody adds a second file for them. */
  alternativeNames: z.array(z.string().min(2)).default([]),
  /** @example "https://www.unodc.org/" */
  website: webUrl('website').optional(),
  /** Id of the catalogue entry describing this organisation, if there is one. @example "eurojust" */
  entry: idRef('entry').optional(),
  /** Organisation this one is part of. @example "united-nations" */
  parent: idRef('organisation').optional(),
});

export type OrganisationData = z.output<typeof organisationSchema>;
