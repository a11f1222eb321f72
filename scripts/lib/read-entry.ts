/**
 * Reads one content file the way the build will, but never throws: bad bytes, a BOM,
 * CRLF line endings, bad YAML and oversized files all come back as problems with a line.
 */
import { readFileSync, statSync } from 'node:fs';
import { isMap, LineCounter, parseDocument, type Document } from 'yaml';

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
  const counter = new LineCounter();
  let doc: Document.Parsed;
  try {
    doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: true, uniqueKeys: true });
  } catch (err) {
    return { ...none, problems: [{ field: '', message: `The YAML could not be read: ${(err as Error).message}` }] };
  }
  const lineAt = (pos: number | undefined) => (pos === undefined ? undefined : counter.linePos(pos).line + offset);
  if (doc.errors.length > 0) {
    return {
      ...none,
      problems: doc.errors.map((e) => ({
        line: lineAt(e.pos[0]),
        field: '',
        message: `YAML syntax error: ${e.message.split('\n')[0]!.replace(/:$/, '')}. Check indentation, colons and quotes (values containing ": " need quotes).`,
      })),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    return { ...none, problems: [{ field: '', message: `The YAML could not be read: ${(err as Error).message}` }] };
  }
  if (!isMap(doc.contents)) {
    return { ...none, problems: [{ line: 1 + offset, field: '', message: 'The frontmatter must be a set of “field: value” lines.' }] };
  }
  const lineOf = (path: ReadonlyArray<PropertyKey>) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true) as { range?: [number, number, number] } | undefined;
      if (node && typeof node === 'object' && node.range) return lineAt(node.range[0]);
    }
    return undefined;
  };
  return { data, body, bodyLine, lineOf, problems: [] };
}
