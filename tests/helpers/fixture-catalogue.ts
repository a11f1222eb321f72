/**
 * The fixture catalogue (tests/fixtures/catalogue) as the build's model, without Astro: read and
 * checked by validation (the same parser and schemas as the build), translations loaded with
 * their fingerprint checked, then put together by buildCatalogue. For unit tests of the modules
 * that turn the model into something else (open data, pages).
 */
import { join } from 'node:path';
import { readdirSync } from 'node:fs';
import { validateContent } from '../../scripts/lib/validate-content.ts';
import { readEntryFile } from '../../scripts/lib/read-entry.ts';
import { buildCatalogue, type Catalogue, type RawEntry, type RawOrganisation } from '../../src/lib/build-catalogue.ts';
import type { Kind } from '../../src/schemas/vocabularies.ts';
import { isCurrent, translatableText, type EnglishSource } from '../../src/lib/translation.ts';
import { translationSchema } from '../../src/schemas/translation.ts';
import { TRANSLATED_LOCALES } from '../../src/i18n/locales.ts';
import { FIXTURE_CONTENT, ROOT } from './builds.ts';

/** A fixed "today", so nothing derived from the date changes from one day to the next. */
export const FIXTURE_TODAY = '2026-11-23';

let cached: Catalogue | undefined;

export function fixtureCatalogue(lastChanged: Map<string, string> = new Map()): Catalogue {
  if (cached && lastChanged.size === 0) return cached;
  const result = validateContent(ROOT, { today: FIXTURE_TODAY, contentDir: FIXTURE_CONTENT });
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length > 0)
    throw new Error(`The fixture catalogue does not validate: ${errors.map((p) => `${p.file} ${p.field}: ${p.message}`).join('; ')}`);
  const raw: RawEntry[] = result.entries.map((e) => {
    const translations: RawEntry['translations'] = {};
    const dir = join(ROOT, FIXTURE_CONTENT, e.kind);
    for (const lang of TRANSLATED_LOCALES) {
      if (!readdirSync(dir).includes(`${e.id}.${lang}.md`)) continue;
      const data = translationSchema.parse(readEntryFile(join(dir, `${e.id}.${lang}.md`)).data);
      const english = translatableText(e.data as unknown as EnglishSource, (e as { body?: string }).body ?? '');
      translations[lang] = { ...data, current: isCurrent(english, data) };
    }
    return { kind: e.kind as Kind, id: e.id, filePath: e.file, data: e.data as unknown as RawEntry['data'], translations };
  });
  const catalogue = buildCatalogue(raw, result.organisations as unknown as RawOrganisation[], lastChanged, { today: FIXTURE_TODAY });
  if (lastChanged.size === 0) cached = catalogue;
  return catalogue;
}
