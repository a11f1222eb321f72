/**
 * Turns zod issues into one friendly message per problem: the field, what was found,
 * what is expected and how to fix it. Used by `npm run validate` and the build.
 */
import type { z } from 'astro/zod';
import { didYouMean } from '../lib/did-you-mean.ts';

export interface Problem {
  /** Dotted path to the field, e.g. "members[3].country"; empty for the whole file. */
  field: string;
  message: string;
}

/** "members[3].country" from ["members", 3, "country"]. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

/** The object schema's shape at `path`, to name the allowed keys and describe missing fields. */
function shapeAt(schema: z.ZodType | undefined, path: ReadonlyArray<PropertyKey>): Record<string, z.ZodType> | undefined {
  let current: unknown = schema;
  const unwrap = (s: unknown): unknown => {
    let node = s as { def?: { type?: string; innerType?: unknown; in?: unknown; element?: unknown; schema?: unknown } };
    for (let i = 0; i < 10 && node?.def; i++) {
      const t = node.def.type;
      if (t === 'optional' || t === 'default' || t === 'nullable' || t === 'readonly' || t === 'prefault') node = node.def.innerType as typeof node;
      else if (t === 'pipe') node = node.def.in as typeof node;
      else break;
    }
    return node;
  };
  for (const part of path) {
    const node = unwrap(current) as { def?: { type?: string; element?: unknown }; shape?: Record<string, unknown> };
    if (typeof part === 'number' && node?.def?.type === 'array') current = node.def.element;
    else if (typeof part === 'string' && node?.shape) current = node.shape[part];
    else return undefined;
  }
  const last = unwrap(current) as { shape?: Record<string, z.ZodType> };
  return last?.shape;
}

const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return typeof value === 'object' ? 'a group of fields' : `${typeof value} “${String(value).slice(0, 60)}”`;
};

/** One message for one zod issue; `schema` lets it name allowed keys and field descriptions. */
export function explainIssue(issue: z.core.$ZodIssue, schema?: z.ZodType, input?: unknown): Problem {
  const field = formatPath(issue.path);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const shape = shapeAt(schema, issue.path);
      const known = shape ? Object.keys(shape) : [];
      const hints = issue.keys.map((key) => {
        const suggestion = didYouMean(key, known).trim();
        return `“${key}”${suggestion ? ` (${suggestion.charAt(0).toLowerCase()}${suggestion.slice(1)})` : ''}`;
      });
      return {
        field: formatPath([...issue.path, issue.keys[0]!]),
        message: `Unknown field ${hints.join('; ')}. Remove it or correct its spelling${known.length ? `; allowed fields here: ${known.join(', ')}` : ''}.`,
      };
    }
    case 'invalid_type': {
      const found = valueAt(input, issue.path);
      if (found === undefined) {
        const parent = shapeAt(schema, issue.path.slice(0, -1));
        const doc = parent?.[String(issue.path.at(-1))]?.description;
        return { field, message: `Required field “${field}” is missing. Add it${doc ? ` (${doc})` : ''}.` };
      }
      return { field, message: `Expected ${issue.expected} but found ${describe(found)}. ${issue.message.startsWith('Invalid input') ? '' : issue.message}`.trim() };
    }
    case 'too_small':
      if (issue.origin === 'array') return { field, message: issue.message.startsWith('Too small') ? `Give at least ${issue.minimum} item(s).` : issue.message };
      if (issue.origin === 'string') return { field, message: issue.message.startsWith('Too small') ? `Too short: write at least ${issue.minimum} characters.` : issue.message };
      return { field, message: issue.message.startsWith('Too small') ? `Must be at least ${issue.minimum}.` : issue.message };
    case 'too_big':
      return { field, message: issue.message.startsWith('Too big') ? `Must be at most ${issue.maximum}${issue.origin === 'string' ? ' characters' : ''}.` : issue.message };
    default:
      return { field, message: issue.message };
  }
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let current = input as Record<PropertyKey, unknown> | undefined;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = current[part as string] as Record<PropertyKey, unknown> | undefined;
  }
  return current;
}
