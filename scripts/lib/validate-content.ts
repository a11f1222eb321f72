/**
 * Validates every content file in one pass, with the same schemas as the build, and
 * returns every problem at once (file, line, field, message, severity).
 */
import { readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ENTRY_SCHEMAS } from '../../src/schemas/entry.ts';
import { organisationSchema } from '../../src/schemas/organisation.ts';
import { explainIssue } from '../../src/schemas/error-map.ts';
import { ID_PATTERN } from '../../src/schemas/fields.ts';
import { KINDS, type Kind } from '../../src/schemas/vocabularies.ts';
import { checkCatalogue, type CheckedEntry, type CheckedOrganisation } from '../../src/lib/catalogue-checks.ts';
import type { Problem } from '../../src/lib/problem.ts';
import { readEntryFile } from './read-entry.ts';
import { checkBodySafety } from './content-safety.ts';
import { TEMPLATE_MARKERS } from './new-entry.ts';
import { didYouMean } from '../../src/lib/did-you-mean.ts';
import { siteConfig } from '../../src/site-config.ts';
import { translationSchema, type TranslationData } from '../../src/schemas/translation.ts';
import { fingerprint, translatableText, translationProblems, type EnglishSource } from '../../src/lib/translation.ts';
import { LOCALES, TRANSLATED_LOCALES, type Locale } from '../../src/i18n/locales.ts';

/** An entry is <id>.md or <id>.mdx; a translation is <id>.<language>.md(x) beside it. */
const ENTRY_FILE = /^[^.]+\.mdx?$/;
const TRANSLATION_FILE = /^[^.]+\.([^.]+)\.mdx?$/;

export type { Problem } from '../../src/lib/problem.ts';

export interface ValidationResult {
  problems: Problem[];
  entries: CheckedEntry[];
  organisations: CheckedOrganisation[];
  files: number;
}

const listFiles = (dir: string, pattern: RegExp) =>
  existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => pattern.test(f))
        .sort()
    : [];

export interface ValidationOptions {
  /** The day treated as today (ISO date), for review dates; injected by tests. */
  today?: string;
  /** The content folder, relative to `root` (default: CONTENT_DIR or src/content). */
  contentDir?: string;
}

export function validateContent(root: string, options: ValidationOptions = {}): ValidationResult {
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const contentDir = join(root, options.contentDir ?? siteConfig(process.env).contentDir);
  const problems: Problem[] = [];
  const entries: CheckedEntry[] = [];
  const organisations: CheckedOrganisation[] = [];
  const entryLinks: Array<{ file: string; line: number; id: string }> = [];
  const lineOfField = new Map<string, (path: ReadonlyArray<PropertyKey>) => number | undefined>();
  let files = 0;

  const parse = (path: string, schema: (typeof ENTRY_SCHEMAS)[Kind] | typeof organisationSchema | typeof translationSchema) => {
    files++;
    const file = relative(root, path);
    const read = readEntryFile(path);
    lineOfField.set(file, read.lineOf);
    problems.push(...read.problems.map((p) => ({ ...p, file })));
    if (read.data === undefined) return undefined;
    const id = path
      .split('/')
      .pop()!
      .replace(/(\.[a-z]{2,3})?\.(mdx?|ya?ml)$/, '');
    if (!ID_PATTERN.test(id)) {
      problems.push({
        file,
        line: 1,
        field: 'id',
        severity: 'error',
        message: `The file name “${id}” is not a valid id. Rename the file in kebab-case, e.g. ${id
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')}.`,
      });
    }
    if (/\.mdx?$/.test(path)) {
      const body = checkBodySafety(read.body, { mdx: path.endsWith('.mdx') });
      const lineInFile = (line: number | undefined) => (line === undefined ? read.bodyLine : line + read.bodyLine - 1);
      for (const p of body.problems)
        problems.push({ file, line: lineInFile(p.line), field: 'body', message: p.message, severity: 'error' });
      for (const link of body.entryLinks) entryLinks.push({ file, line: lineInFile(link.line), id: link.id });
    }
    const summary = String((read.data as { summary?: unknown }).summary ?? '');
    const templateLeft = TEMPLATE_MARKERS.find((m) => read.body.includes(m) || summary.includes(m));
    if (templateLeft) {
      problems.push({
        file,
        line: 1,
        field: '',
        severity: 'warning',
        message: `The file still contains template text (“${templateLeft}…”). Replace it with the entry's own content.`,
      });
    }
    const result = schema.safeParse(read.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const { field, message } = explainIssue(issue, schema, read.data);
        const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]!] : issue.path;
        problems.push({ file, line: read.lineOf(path), field, message, severity: 'error' });
      }
      return undefined;
    }
    return { id, file, data: result.data, body: read.body };
  };

  const bodies = new Map<string, string>();
  const translations: Array<{ kind: Kind; id: string; locale: string; file: string; data: TranslationData; body: string }> = [];
  for (const kind of KINDS.keys()) {
    for (const name of listFiles(join(contentDir, kind), ENTRY_FILE)) {
      const parsed = parse(join(contentDir, kind, name), ENTRY_SCHEMAS[kind]);
      if (!parsed) continue;
      entries.push({ ...parsed, kind, data: parsed.data as CheckedEntry['data'] });
      bodies.set(parsed.id, parsed.body);
    }
    for (const name of listFiles(join(contentDir, kind), TRANSLATION_FILE)) {
      const [, locale = ''] = TRANSLATION_FILE.exec(name)!;
      const file = relative(root, join(contentDir, kind, name));
      if (!(TRANSLATED_LOCALES as string[]).includes(locale)) {
        problems.push({
          file,
          field: '',
          severity: 'error',
          message: `“${locale}” is not a language of the catalogue (${TRANSLATED_LOCALES.join(', ')}). Name translations <id>.<language>.md; a new language is added in src/i18n/locales.ts.`,
        });
        continue;
      }
      const parsed = parse(join(contentDir, kind, name), translationSchema);
      if (parsed) translations.push({ kind, id: parsed.id, locale, file, data: parsed.data as TranslationData, body: parsed.body });
    }
    for (const name of listFiles(join(contentDir, kind), /./).filter((n) => !/\.(md|mdx)$/.test(n))) {
      problems.push({
        file: relative(root, join(contentDir, kind, name)),
        field: '',
        severity: 'error',
        message: 'Only .md and .mdx files belong in this folder. Rename or move the file.',
      });
    }
  }
  for (const name of listFiles(join(contentDir, 'organisations'), /./).filter((n) => !/\.ya?ml$/.test(n))) {
    problems.push({
      file: relative(root, join(contentDir, 'organisations', name)),
      field: '',
      severity: 'error',
      message: 'Only .yaml files belong in this folder. Rename or move the file.',
    });
  }
  for (const name of listFiles(join(contentDir, 'organisations'), /\.ya?ml$/)) {
    const parsed = parse(join(contentDir, 'organisations', name), organisationSchema);
    if (parsed) organisations.push(parsed as CheckedOrganisation);
  }

  const englishOf = new Map(entries.map((e) => [`${e.kind}/${e.id}`, e]));
  const translated = new Set<string>();
  for (const t of translations) {
    const english = englishOf.get(`${t.kind}/${t.id}`);
    if (!english) {
      problems.push({
        file: t.file,
        field: '',
        severity: 'error',
        message: `There is no entry ${t.kind}/${t.id} to translate. Name the file after the entry it translates (<id>.${t.locale}.md beside <id>.md).`,
      });
      continue;
    }
    translated.add(`${t.kind}/${t.id}/${t.locale}`);
    const text = translatableText(english.data as unknown as EnglishSource, bodies.get(t.id) ?? '');
    const lineOf = lineOfField.get(t.file);
    for (const p of translationProblems(text, t.data, t.body, LOCALES[t.locale as Locale].name)) {
      problems.push({
        file: t.file,
        field: p.field,
        severity: p.severity,
        message: p.message,
        line: p.field === 'body' ? undefined : lineOf?.(p.field.split(/[.[\]]+/).filter(Boolean)),
      });
    }
  }
  for (const e of entries) {
    for (const locale of TRANSLATED_LOCALES) {
      if (translated.has(`${e.kind}/${e.id}/${locale}`)) continue;
      const text = translatableText(e.data as unknown as EnglishSource, bodies.get(e.id) ?? '');
      problems.push({
        file: e.file,
        field: '',
        severity: 'warning',
        message: `No ${LOCALES[locale].name} translation yet (${e.file.replace(/\.mdx?$/, `.${locale}.md`)}); the ${LOCALES[locale].name} page shows the English text. Start one with npm run new -- translation ${locale} ${e.id} (English fingerprint ${fingerprint(text)}).`,
      });
    }
  }

  for (const p of checkCatalogue(entries, organisations, { today })) {
    const lineOf = lineOfField.get(p.file);
    const path = p.field
      .split(/[.[\]]+/)
      .filter(Boolean)
      .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
    problems.push({ ...p, line: lineOf?.(path) });
  }
  const ids = new Set(entries.map((e) => e.id));
  for (const link of entryLinks) {
    if (!ids.has(link.id)) {
      problems.push({
        ...link,
        field: 'body',
        severity: 'error',
        message: `<EntryLink id="${link.id}">: no entry has this id.${didYouMean(link.id, ids)} Use the file name (without extension) of an entry in src/content/.`,
      });
    }
  }
  return { problems, entries, organisations, files };
}
