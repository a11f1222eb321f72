/**
 * Every content collection of the catalogue. The schemas live in src/schemas/ so that
 * `npm run validate` parses with exactly the same definitions without building the site.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ENTRY_SCHEMAS } from './schemas/entry.ts';
import { organisationSchema } from './schemas/organisation.ts';
import { translationSchema } from './schemas/translation.ts';
import { siteConfig } from './site-config.ts';

/** src/content, or the folder CONTENT_DIR names (the tests build a fixture catalogue). */
const { contentDir } = siteConfig(process.env);

/** Ids are file names without extension, unchanged, so URLs are exactly what editors see. */
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.(mdx?|ya?ml)$/, '');

const entries = (kind: keyof typeof ENTRY_SCHEMAS) =>
  defineCollection({
    // retainBody: false keeps only the rendered body in the content store; the raw Markdown
    // is never read from it, and at 10,000 entries it doubles the store the build must load.
    // Entries only: translations (<id>.<language>.md) are the translations collection.
    loader: glob({ pattern: ['*.{md,mdx}', '!*.*.{md,mdx}'], base: `./${contentDir}/${kind}`, generateId: fileId, retainBody: false }),
    schema: ENTRY_SCHEMAS[kind],
  });

export const collections = {
  networks: entries('networks'),
  practices: entries('practices'),
  programmes: entries('programmes'),
  /** Translations beside their entries: id "networks/carin.fr" for networks/carin.fr.md (decision 0008). */
  translations: defineCollection({
    loader: glob({
      pattern: `{${Object.keys(ENTRY_SCHEMAS).join(',')}}/*.*.{md,mdx}`,
      base: `./${contentDir}`,
      generateId: fileId,
      retainBody: false,
    }),
    schema: translationSchema,
  }),
  organisations: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: `./${contentDir}/organisations`, generateId: fileId }),
    schema: organisationSchema,
  }),
};
