/**
 * A translation of an entry (src/content/<kind>/<id>.<locale>.md, beside the entry): only the
 * entry's text, never its facts. Members, roles, dates, relations and sources stay in the English
 * file; the translation gives the same sentences in another language, each keyed to the fact it
 * belongs to, and records which English version it translates (`translationOf`), so validation
 * can say when the English has changed since (docs/decisions/0008).
 */
import { z } from 'astro/zod';

const text = (what: string) => z.string({ error: `Write the ${what} as text.` }).min(2, `Write the ${what}.`);
const keyedNotes = (what: string) =>
  z
    .record(z.string(), text(what))
    .default({})
    .describe(`One ${what} per English note, keyed as in the skeleton from npm run new -- translation`);

export const translationSchema = z.strictObject({
  /**
   * The fingerprint of the English text this translation was made from, as `npm run validate`
   * and `npm run new -- translation` print it. @example "en-3f2a9c1d0b"
   */
  translationOf: z
    .string({ error: 'Give translationOf: the fingerprint of the English text you translated (npm run validate prints it).' })
    .regex(/^en-[0-9a-f]{10}$/, 'Write translationOf as npm run validate prints it, e.g. en-3f2a9c1d0b.'),
  /** The body's official name in this language, only where it has one and you are sure of it. */
  name: text('official name').max(200).optional().describe('Official name in this language, only if certain'),
  /** The official acronym in this language, if it has one. @example "RJE" */
  acronym: z.string().min(2).max(24).optional().describe('Official acronym in this language'),
  /**
   * Where the body has no official name in this language (or you are not sure of it): a
   * descriptive rendering, shown as unofficial beside the English name.
   */
  descriptiveName: text('descriptive name').max(200).optional().describe('Unofficial descriptive rendering of the name'),
  summary: z
    .string({ error: 'Write the summary.' })
    .min(40, 'Write a summary of at least 40 characters: one sentence on what the entry is and does.')
    .max(360, 'Keep the summary to one sentence of at most 360 characters.')
    .describe('One sentence: what it is and does'),
  /** The caveats, in the same order as in the English file. */
  caveats: z.array(text('caveat')).default([]),
  /** Notes on members, keyed by country code (and "/jurisdiction" where the English gives one). */
  memberNotes: keyedNotes('member note'),
  /** Notes on unresolved members, keyed by the name the source gives. */
  unresolvedNotes: keyedNotes('note'),
  /** Notes on member organisations, keyed by organisation id. */
  organisationNotes: keyedNotes('note'),
  /** Notes on membersDefinedBy, keyed by organisation id. */
  membersDefinedByNotes: keyedNotes('note'),
  /** Notes on relations, keyed by "type target", e.g. "partner eurojust". */
  relationNotes: keyedNotes('note'),
  /** Notes on later names, keyed by the later name. */
  laterNameNotes: keyedNotes('note'),
  /** Programmes: beneficiaries, pillars and activity titles, in the English order. */
  beneficiaries: z.array(text('beneficiary')).default([]),
  pillars: z.array(z.strictObject({ title: text('pillar title'), components: z.array(text('component')).default([]) })).default([]),
  activities: z.array(text('activity title')).default([]),
});

export type TranslationData = z.output<typeof translationSchema>;
