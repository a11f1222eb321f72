/**
 * The one query module: reads every collection once per build, checks the catalogue as a
 * whole, and hands plain data (src/lib/model.ts) to pages, exports and the search index.
 * Components never call getCollection.
 */
import { getCollection, render, type CollectionEntry } from 'astro:content';
import { KINDS, type Kind } from './schemas/vocabularies.ts';
import { buildCatalogue, type Catalogue, type RawEntry } from './lib/build-catalogue.ts';
import { checkCatalogue } from './lib/catalogue-checks.ts';
import { lastChangeDates } from './lib/git-dates.ts';
import { overlapIndex, type OverlapIndex } from './lib/overlap.ts';
import type { Entry } from './lib/model.ts';
import { siteConfig } from './site-config.ts';
import { readFileSync } from 'node:fs';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { isCurrent, translatableText, type EnglishSource } from './lib/translation.ts';
import { DEFAULT_LOCALE, TRANSLATED_LOCALES, type Locale } from './i18n/locales.ts';

type EntryCollection = CollectionEntry<Kind>;

type TranslationCollection = CollectionEntry<'translations'>;

let loading:
  Promise<{ catalogue: Catalogue; sources: Map<string, EntryCollection>; translated: Map<string, TranslationCollection> }> | undefined;

/** The English body of an entry, as written (the store keeps only the rendered body), for its fingerprint. */
function englishBody(filePath: string): string {
  const text = readFileSync(filePath, 'utf8');
  const raw = extractFrontmatter(text);
  return raw === undefined ? text : text.slice(text.indexOf(`---${raw}---`) + raw.length + 6);
}

async function load() {
  const sources = new Map<string, EntryCollection>();
  const raw: RawEntry[] = [];
  // Translations by "<id>.<lang>"; each is current when made from the English as it is now.
  const translated = new Map<string, TranslationCollection>();
  for (const t of await getCollection('translations')) translated.set(t.id.split('/').pop()!, t);
  const unrendered: string[] = [];
  for (const kind of KINDS.keys()) {
    for (const entry of await getCollection(kind)) {
      const filePath = entry.filePath ?? `${siteConfig(process.env).contentDir}/${kind}/${entry.id}.md`;
      // Astro's glob loader logs a Markdown body it could not render (the content policy's
      // plugins refuse unsafe bodies by throwing) and goes on without it; a page without its
      // body must not be published as a success.
      if (filePath.endsWith('.md') && !entry.rendered) unrendered.push(filePath);
      sources.set(entry.id, entry);
      const translations: RawEntry['translations'] = {};
      const mine = TRANSLATED_LOCALES.map((lang) => [lang, translated.get(`${entry.id}.${lang}`)] as const).filter(([, t]) => t);
      if (mine.length > 0) {
        const english = translatableText(entry.data as unknown as EnglishSource, englishBody(filePath));
        for (const [lang, t] of mine) translations[lang] = { ...t!.data, current: isCurrent(english, t!.data) };
      }
      raw.push({ kind, id: entry.id, filePath, data: entry.data, translations });
    }
  }
  if (unrendered.length > 0) {
    throw new Error(`The body of ${unrendered.join(', ')} could not be rendered; the reason is logged above. Run npm run validate.`);
  }
  const organisations = (await getCollection('organisations')).map((o) => ({ id: o.id, file: o.filePath ?? o.id, data: o.data }));
  const problems = checkCatalogue(
    raw.map((e) => ({ ...e, file: e.filePath })),
    organisations,
    { today: siteConfig(process.env).today },
  ).filter((p) => p.severity === 'error');
  if (problems.length > 0) {
    throw new Error(
      `The catalogue has ${problems.length} error(s):\n${problems.map((p) => `  ${p.file}  ${p.field}: ${p.message}`).join('\n')}\nRun npm run validate for the full report.`,
    );
  }
  const catalogue = buildCatalogue(raw, organisations, lastChangeDates(process.cwd(), siteConfig(process.env).contentDir), {
    today: siteConfig(process.env).today,
  });
  return { catalogue, sources, translated };
}

/** The whole catalogue, loaded and checked once per build. */
export async function getCatalogue(): Promise<Catalogue> {
  loading ??= load();
  return (await loading).catalogue;
}

/** The rendered Markdown body of an entry, in a language when it has a translation there. */
export async function renderEntry(id: string, lang: Locale = DEFAULT_LOCALE) {
  loading ??= load();
  const { sources, translated } = await loading;
  const source = lang === DEFAULT_LOCALE ? sources.get(id) : translated.get(`${id}.${lang}`);
  if (!source) throw new Error(`No entry “${id}” in ${lang}.`);
  return render(source);
}

let overlaps: Promise<OverlapIndex<Entry>> | undefined;

/**
 * Similar entries for every entry page and the networks that overlap most, computed in one
 * pass over the catalogue, once per build.
 */
export function getOverlaps(): Promise<OverlapIndex<Entry>> {
  overlaps ??= getCatalogue().then(({ entries }) =>
    overlapIndex(entries, { similar: 5, top: 30, pairsAmong: (e) => e.kind === 'networks' }),
  );
  return overlaps;
}
