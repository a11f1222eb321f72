/**
 * Field schemas shared by every kind of entry. Each carries `.describe()` text, which the
 * skeleton generator (`npm run new`) and the published JSON Schema reuse as documentation.
 */
import { z } from 'astro/zod';
import { resolveCountry } from '../data/countries.ts';
import { OTHER_SOURCE, SOURCE_DOCUMENTS, WEB_SOURCE } from '../data/source-documents.ts';
import { keysOf, MEMBER_ROLES, ORGANISATION_ROLES, RELATION_TYPES } from './vocabularies.ts';
import { didYouMean } from '../lib/did-you-mean.ts';
import { quote } from '../lib/quote.ts';

/** Kebab-case identifier, as used for entry and organisation ids. @example "european-judicial-network" */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idRef = (what: string) =>
  z
    .string()
    .regex(ID_PATTERN, `Write the ${what} id in kebab-case (lower-case letters, digits and hyphens), as its file name without extension.`);

/**
 * A closed-vocabulary value. The message lists the allowed keys so the editor can pick one.
 * @example vocabulary(REGIONS, 'region')
 */
export function vocabulary<K extends string>(map: Map<K, unknown>, what: string) {
  const keys = keysOf(map);
  return z.enum(keys, {
    error: (issue) =>
      `${quote(issue.input)} is not a known ${what}.${didYouMean(String(issue.input), keys)} Use one of: ${keys.join(', ')}.`,
  });
}

/** True when year, month and day name a day of the calendar (2017-02-30 does not). */
export function isRealDate(text: string): boolean {
  const [y, m = 1, d = 1] = text.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * A date written as YYYY-MM-DD (YAML may hand it over as a Date); `partial` also accepts
 * YYYY-MM and YYYY for facts the sources date only to the month or year, so that no fact
 * gets a day (or a month) it does not have. The text is kept as written: its length is its
 * precision, and pages print it at that precision ("2008", "April 2017", "23 February 2017").
 * @example 2017-02-23
 */
export function isoDate(options: { partial?: boolean } = {}) {
  const pattern = options.partial ? /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/ : /^\d{4}-\d{2}-\d{2}$/;
  const expected = options.partial ? 'YYYY, YYYY-MM or YYYY-MM-DD' : 'YYYY-MM-DD';
  return z.union([z.date(), z.string(), z.number()], { error: `Write a date as ${expected}.` }).transform((value, ctx) => {
    const text =
      value instanceof Date ? (Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10)) : String(value);
    if (!pattern.test(text)) {
      ctx.addIssue({
        code: 'custom',
        message: `${quote(text)} is not a date. Write it as ${expected}, e.g. ${options.partial ? '2017, 2017-02 or 2017-02-23' : '2017-02-23'}.`,
      });
      return z.NEVER;
    }
    if (!isRealDate(text)) {
      ctx.addIssue({ code: 'custom', message: `“${text}” is not a day of the calendar. Check the month and the day.` });
      return z.NEVER;
    }
    return text;
  });
}

/**
 * A web address a reader may follow: http or https only (never javascript:, data:, vbscript:,
 * file: …), read by the WHATWG URL parser as a browser reads it. `mailto` also allows an
 * e-mail address, for fields that are meant as a contact.
 * @example webUrl('website')
 */
export function webUrl(what: string, options: { mailto?: boolean } = {}) {
  const schemes = options.mailto ? ['http:', 'https:', 'mailto:'] : ['http:', 'https:'];
  const expected = options.mailto ? 'https://, http:// or mailto:' : 'https:// or http://';
  return z.string({ error: `Write the ${what} as a full address starting with ${expected}.` }).superRefine((value, ctx) => {
    let url: URL | undefined;
    try {
      url = new URL(value);
    } catch {
      url = undefined;
    }
    if (!url || !schemes.includes(url.protocol) || (url.protocol !== 'mailto:' && !url.hostname)) {
      ctx.addIssue({
        code: 'custom',
        message: `${quote(value)} is not allowed as the ${what}. Write a full address starting with ${expected}.`,
      });
    }
  });
}

/** A country code or any name the registry knows; normalised to the code. @example "FYR of Macedonia" → "MK" */
export const countryField = z
  .string({ error: 'Write the country as an ISO 3166-1 alpha-2 code (e.g. AL) or its English name.' })
  .transform((value, ctx) => {
    const result = resolveCountry(value);
    if (!result.ok) {
      ctx.addIssue({ code: 'custom', message: result.message });
      return z.NEVER;
    }
    return result;
  });

/** One country's participation in an entry. */
export const memberSchema = z
  .strictObject({
    /** Code or name; see src/data/countries.ts. @example "Albania" */
    country: countryField.describe('ISO 3166-1 alpha-2 code (XK for Kosovo) or a known country name'),
    /** @example "member" */
    role: vocabulary(MEMBER_ROLES, 'member role').describe(`One of: ${keysOf(MEMBER_ROLES).join(', ')}`),
    /** Sub-national part that takes part, where the source names one. @example "Scotland" */
    jurisdiction: z.string().min(2).optional().describe('Sub-national unit named by the source, e.g. Scotland'),
    /** The source's own wording, or why the entry is unsure. @example "Listed as 'Green Cape'" */
    note: z.string().min(2).optional().describe('Source wording or a caveat'),
  })
  .transform(({ country, jurisdiction, ...rest }) => ({
    ...rest,
    country: country.code,
    ...((jurisdiction ?? country.jurisdiction) ? { jurisdiction: jurisdiction ?? country.jurisdiction } : {}),
  }));

/** A member the source names but that cannot be resolved to one country without guessing. */
export const unresolvedMemberSchema = z.strictObject({
  /** The name exactly as the source gives it. @example "Congo" */
  name: z.string().min(2).describe('The name as the source writes it'),
  role: vocabulary(MEMBER_ROLES, 'member role'),
  /** Why it cannot be resolved. Required: a reader must see the doubt. */
  note: z.string().min(10, 'Explain in the note why this member cannot be resolved.').describe('Why it cannot be resolved'),
});

/** An organisation (from src/content/organisations/) taking part in an entry. */
export const memberOrganisationSchema = z.strictObject({
  /** Id of a file in src/content/organisations/. @example "unodc" */
  organisation: idRef('organisation').describe('Id of an organisation in src/content/organisations/'),
  role: vocabulary(ORGANISATION_ROLES, 'organisation role'),
  note: z.string().min(2).optional(),
});

/** Where a fact comes from, precise enough for a reader to check it. */
export const sourceSchema = z
  .strictObject({
    /** A key of src/data/source-documents.ts, "web" or "other". @example "cdpc-2017-1" */
    document: z
      .enum([...SOURCE_DOCUMENTS.keys(), WEB_SOURCE, OTHER_SOURCE] as unknown as [string, ...string[]], {
        error: (issue) =>
          `${quote(issue.input)} is not a known source document. Use one of: ${[...SOURCE_DOCUMENTS.keys(), WEB_SOURCE, OTHER_SOURCE].join(', ')}.`,
      })
      .describe('Key of a source document, web or other'),
    /** Section, table row, page or footnote. @example "section 4.1, footnote 5" */
    locator: z.string().min(2).describe('Section, page or footnote'),
    /** The footnoted address, or the web page. @example "http://carin-network.org/" */
    url: webUrl('source address').optional().describe('Footnoted or cited URL (http or https)'),
    /** Title, required for a web page or another document. */
    title: z.string().min(2).optional(),
    /** Date the source was published or the page consulted. */
    date: isoDate({ partial: true }).optional(),
  })
  .superRefine((source, ctx) => {
    if (source.document === WEB_SOURCE && !source.url) {
      ctx.addIssue({
        code: 'custom',
        message: 'A web source needs its url. For a document that is not online, use document: other.',
        path: ['url'],
      });
    }
    if ((source.document === WEB_SOURCE || source.document === OTHER_SOURCE) && !source.title) {
      ctx.addIssue({ code: 'custom', message: `A ${source.document} source needs a title, so readers can find it.`, path: ['title'] });
    }
  });

/** A typed link from this entry to another; the other page shows the inverse. */
export const relationSchema = z.strictObject({
  /** @example "hosted-by" */
  type: vocabulary(RELATION_TYPES, 'relation type').describe(`One of: ${keysOf(RELATION_TYPES).join(', ')}`),
  /** Id of another entry (its file name without extension). @example "eurojust" */
  target: idRef('entry').describe('Id of another entry'),
  note: z.string().min(2).optional(),
});
