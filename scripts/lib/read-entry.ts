/**
 * Reads one content file the way the build will, but never throws: a folder or a broken link
 * where a file should be, bad bytes, bad YAML and oversized files all come back as problems with
 * a line. The frontmatter is split from the body by Astro's own function and parsed by the same
 * YAML parser with the same schema, so what validation reads is what the build reads; two more
 * checks see what that parse hides (an impossible day, control characters).
 */
import { readFileSync, statSync } from 'node:fs';
import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import * as jsYaml from 'js-yaml';
import { CORE_SCHEMA, DEFAULT_SCHEMA, load as loadYaml, type Type } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { isRealDate } from '../../src/schemas/fields.ts';
import { formatPath } from '../../src/schemas/error-map.ts';

export const MAX_FILE_BYTES = 1_000_000;
const MAX_ALIASES = 100;

import type { FileProblem } from '../../src/lib/problem.ts';

export interface ReadResult {
  /** Parsed YAML data (frontmatter for Markdown, the whole file for YAML). */
  data?: unknown;
  body: string;
  /** 1-based line of the file on which the body starts. */
  bodyLine: number;
  /** 1-based line in the file of a dotted field path, for messages. */
  lineOf: (path: ReadonlyArray<PropertyKey>) => number | undefined;
  problems: FileProblem[];
}

/** js-yaml's built-in types (exported at run time, missing from its type declarations). */
const types = (jsYaml as unknown as { types: Record<'merge' | 'binary' | 'omap' | 'pairs' | 'set', Type> }).types;
/** The YAML schema Astro uses, but with dates left as written, to see the day a Date hides. */
const AS_WRITTEN = CORE_SCHEMA.extend({ implicit: [types.merge], explicit: [types.binary, types.omap, types.pairs, types.set] });

/**
 * Characters no field or body may hold: control characters other than tab and line breaks, and
 * the bidirectional overrides that can make text read differently from what it is.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point: they are refused.
const FORBIDDEN_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Why a piece of text may not be used, or undefined. */
export function textProblem(text: string): string | undefined {
  if (!text.isWellFormed()) return 'contains a broken character (a lone UTF-16 surrogate). Retype the text.';
  const found = FORBIDDEN_CHARACTERS.exec(text);
  if (found) {
    const code = `U+${found[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    return `contains an invisible control character (${code}) at position ${found.index + 1}. Delete it and retype the text around it.`;
  }
  return undefined;
}

export function readEntryFile(path: string): ReadResult {
  const none: ReadResult = { body: '', bodyLine: 1, lineOf: () => undefined, problems: [] };
  const fail = (message: string, line?: number): ReadResult => ({ ...none, problems: [{ line, field: '', message, severity: 'error' }] });
  let size: number;
  try {
    const stat = statSync(path);
    if (!stat.isFile())
      return fail(`This is a ${stat.isDirectory() ? 'folder' : 'special file'}, not a content file. Remove it or give it another name.`);
    size = stat.size;
  } catch {
    return fail('This is a link to a file that does not exist. Remove the link, or replace it with the file itself.');
  }
  if (size === 0) return fail('The file is empty. Start from a template: npm run new -- network "Name".');
  if (size > MAX_FILE_BYTES) {
    return fail(
      `The file is ${(size / 1e6).toFixed(1)} MB; entries are limited to ${MAX_FILE_BYTES / 1e6} MB. Shorten the body or split out long annexes.`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(readFileSync(path));
  } catch {
    return fail('The file is not valid UTF-8 text. Save it as UTF-8 (it may be a binary file or use another encoding).');
  }
  if (text.includes('\u0000')) return fail('The file contains NUL bytes; it is not a text file.');

  const isYaml = /\.ya?ml$/.test(path);
  let yamlText = text.replace(/^\uFEFF/, '');
  let offset = 0;
  let body = '';
  let bodyLine = 1;
  if (!isYaml) {
    // Astro's own split (@astrojs/internal-helpers/frontmatter), so a line such as "---x" inside
    // a value ends the frontmatter here exactly where it ends it in the build.
    const raw = extractFrontmatter(text);
    if (raw === undefined || !/^\uFEFF?\s*---/.test(text)) {
      return fail(
        raw === undefined
          ? 'No frontmatter found. The file must start with a line "---", the fields in YAML, and a closing "---".'
          : 'Write the fields as YAML between two "---" lines (TOML "+++" frontmatter is not used in the catalogue).',
        1,
      );
    }
    const block = `---${raw}---`;
    const start = text.indexOf(block);
    yamlText = raw;
    offset = text.slice(0, start).split('\n').length - 1;
    body = text.slice(start + block.length);
    bodyLine = text.slice(0, start + block.length).split('\n').length;
  }
  // Checked on the text first: YAML refuses most control characters with a message of its own.
  const rawProblem = textProblem(yamlText);
  if (rawProblem) {
    const index = yamlText.search(FORBIDDEN_CHARACTERS);
    return fail(`The frontmatter ${rawProblem}`, index >= 0 ? offset + yamlText.slice(0, index).split('\n').length : undefined);
  }
  let data: unknown;
  let asWritten: unknown;
  try {
    data = loadYaml(yamlText, { schema: DEFAULT_SCHEMA });
    asWritten = loadYaml(yamlText, { schema: AS_WRITTEN });
  } catch {
    return explainYaml(yamlText, offset, none);
  }
  const aliases = yamlText.match(/(?:^|[\s[{,:-])\*[^\s,\]}]+/g)?.length ?? 0;
  if (aliases > MAX_ALIASES)
    return fail(`The YAML uses ${aliases} aliases (*name); at most ${MAX_ALIASES} are allowed. Write the values out.`);
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return fail('The frontmatter must be a set of “field: value” lines.', 2 + offset);

  let located: ((path: ReadonlyArray<PropertyKey>) => number | undefined) | undefined;
  const lineOf = (p: ReadonlyArray<PropertyKey>) => (located ??= locator(yamlText, offset))(p);
  const problems: FileProblem[] = [];
  for (const { path: field, problem } of valueProblems(data, asWritten)) {
    problems.push({ line: lineOf(field), field: formatPath(field), message: problem, severity: 'error' });
  }
  const bodyProblem = textProblem(body);
  if (bodyProblem) {
    const index = body.search(FORBIDDEN_CHARACTERS);
    problems.push({
      line: index >= 0 ? bodyLine + body.slice(0, index).split('\n').length - 1 : bodyLine,
      field: 'body',
      message: `The body ${bodyProblem}`,
      severity: 'error',
    });
  }
  return { data, body, bodyLine, lineOf, problems };
}

/**
 * Walks the parsed data beside the same data with dates as written: every string and key must be
 * clean text, and every date a real day (YAML turns 2017-02-30 into 2 March without a word).
 * Iterative, so deeply nested YAML cannot exhaust the stack.
 */
function valueProblems(data: unknown, asWritten: unknown): Array<{ path: PropertyKey[]; problem: string }> {
  const found: Array<{ path: PropertyKey[]; problem: string }> = [];
  const stack: Array<[unknown, unknown, PropertyKey[]]> = [[data, asWritten, []]];
  while (stack.length) {
    const [value, written, path] = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) found.push({ path, problem: `The value ${problem}` });
    } else if (value instanceof Date) {
      const text = typeof written === 'string' ? written.slice(0, 10) : '';
      if (!isRealDate(text))
        found.push({ path, problem: `“${String(written).slice(0, 40)}” is not a day of the calendar. Check the month and the day.` });
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        const keyProblem = textProblem(key);
        if (keyProblem) found.push({ path, problem: `The field name “${key.slice(0, 40)}” ${keyProblem}` });
        stack.push([child, (written as Record<string, unknown> | undefined)?.[key], [...path, Array.isArray(value) ? Number(key) : key]]);
      }
    }
  }
  return found;
}

/** Parses with positions, to report a YAML syntax error at its line. */
function explainYaml(yamlText: string, offset: number, none: ReadResult): ReadResult {
  const counter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length === 0) doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    return {
      ...none,
      problems: [{ field: '', message: `The YAML could not be read: ${(err as Error).message.slice(0, 200)}`, severity: 'error' }],
    };
  }
  const lineAt = (pos: number) => counter.linePos(pos).line + offset;
  if (doc.errors.length === 0) {
    return {
      ...none,
      problems: [
        {
          field: '',
          message: 'The YAML could not be read. Check indentation, colons and quotes (values containing ": " need quotes).',
          severity: 'error',
        },
      ],
    };
  }
  return {
    ...none,
    problems: doc.errors.map((e) => ({
      line: lineAt(e.pos[0]),
      field: '',
      message: `YAML syntax error: ${e.message.split('\n')[0]!.replace(/:$/, '').slice(0, 200)}. Check indentation, colons and quotes (values containing ": " need quotes).`,
      severity: 'error' as const,
    })),
  };
}

/** Maps a field path to its line in the file, from a position-aware parse done on demand. */
function locator(yamlText: string, offset: number): (path: ReadonlyArray<PropertyKey>) => number | undefined {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter });
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return counter.linePos(node.range[0]).line + offset;
    }
    return undefined;
  };
}
