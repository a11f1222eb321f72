/**
 * Reads one content file the way the build will, but never throws: bad bytes, a BOM,
 * CRLF line endings, bad YAML and oversized files all come back as problems with a line.
 */
import { readFileSync, statSync } from 'node:fs';
import { load as loadYaml, DEFAULT_SCHEMA } from 'js-yaml';
import { LineCounter, parseDocument, type Document } from 'yaml';

export const MAX_FILE_BYTES = 1_000_000;

export interface FileProblem {
  line?: number | undefined;
  field: string;
  message: string;
}

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

const FRONTMATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

export function readEntryFile(path: string): ReadResult {
  const none: ReadResult = { body: '', bodyLine: 1, lineOf: () => undefined, problems: [] };
  const size = statSync(path).size;
  if (size === 0) return { ...none, problems: [{ field: '', message: 'The file is empty. Start from a template: npm run new -- network "Name".' }] };
  if (size > MAX_FILE_BYTES) {
    return { ...none, problems: [{ field: '', message: `The file is ${(size / 1e6).toFixed(1)} MB; entries are limited to ${MAX_FILE_BYTES / 1e6} MB. Shorten the body or split out long annexes.` }] };
  }
  const bytes = readFileSync(path);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ...none, problems: [{ field: '', message: 'The file is not valid UTF-8 text. Save it as UTF-8 (it may be a binary file or use another encoding).' }] };
  }
  if (text.includes('\u0000')) return { ...none, problems: [{ field: '', message: 'The file contains NUL bytes; it is not a text file.' }] };
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

  const isYaml = /\.ya?ml$/.test(path);
  let yamlText = text;
  let offset = 0;
  let body = '';
  let bodyLine = 1;
  if (!isYaml) {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      return { ...none, problems: [{ line: 1, field: '', message: 'No frontmatter found. The file must start with a line "---", the fields in YAML, and a closing "---".' }] };
    }
    yamlText = match[1]!;
    offset = 1;
    body = text.slice(match[0].length);
    bodyLine = match[0].split('\n').length + (match[0].endsWith('\n') ? 0 : 1);
  }
  // Fast path: js-yaml, the parser Astro itself uses, so what passes here passes the build.
  // The slower position-aware parser runs only to explain an error or to give a line number.
  let data: unknown;
  try {
    data = loadYaml(yamlText, { schema: DEFAULT_SCHEMA });
  } catch {
    return explainYaml(yamlText, offset, none);
  }
  const aliases = yamlText.match(/(?:^|[\s[{,:-])\*[^\s,\]}]+/g)?.length ?? 0;
  if (aliases > MAX_ALIASES) {
    return { ...none, problems: [{ field: '', message: `The YAML uses ${aliases} aliases (*name); at most ${MAX_ALIASES} are allowed. Write the values out.` }] };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { ...none, problems: [{ line: 1 + offset, field: '', message: 'The frontmatter must be a set of “field: value” lines.' }] };
  }
  let located: ((path: ReadonlyArray<PropertyKey>) => number | undefined) | undefined;
  const lineOf = (path: ReadonlyArray<PropertyKey>) => (located ??= locator(yamlText, offset))(path);
  return { data, body, bodyLine, lineOf, problems: [] };
}

const MAX_ALIASES = 100;

/** Parses with positions, to report a YAML syntax error at its line. */
function explainYaml(yamlText: string, offset: number, none: ReadResult): ReadResult {
  const counter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
    if (doc.errors.length === 0) doc.toJS({ maxAliasCount: MAX_ALIASES });
  } catch (err) {
    return { ...none, problems: [{ field: '', message: `The YAML could not be read: ${(err as Error).message}` }] };
  }
  const lineAt = (pos: number) => counter.linePos(pos).line + offset;
  const errors = doc.errors.length > 0 ? doc.errors : [];
  if (errors.length === 0) {
    return { ...none, problems: [{ field: '', message: 'The YAML could not be read. Check indentation, colons and quotes (values containing ": " need quotes).' }] };
  }
  return {
    ...none,
    problems: errors.map((e) => ({
      line: lineAt(e.pos[0]),
      field: '',
      message: `YAML syntax error: ${e.message.split('\n')[0]!.replace(/:$/, '')}. Check indentation, colons and quotes (values containing ": " need quotes).`,
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
