/**
 * Turns zod issues into one friendly message per problem: the field, what was found,
 * what is expected and how to fix it. Used by `npm run validate` and the build.
 */
import { z } from 'astro/zod';
import { didYouMean } from '../lib/did-you-mean.ts';

import type { Problem } from '../lib/problem.ts';

/** What a schema issue says: the field (dotted path, e.g. "members[3].country"; empty for the whole file) and the message. */
type Explained = Pick<Problem, 'field' | 'message'>;

/** "members[3].country" from ["members", 3, "country"]. */
export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

type JsonSchema = {
  properties?: Record<string, JsonSchema>;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  $ref?: string;
  description?: string;
};
const jsonSchemas = new WeakMap<z.ZodType, JsonSchema>();

/**
 * The object schema's fields at `path` (their descriptions included), read from zod's public JSON
 * Schema export of the input side, so messages can name the allowed keys and describe a missing
 * field without reaching into zod's internals.
 */
function shapeAt(schema: z.ZodType | undefined, path: ReadonlyArray<PropertyKey>): Record<string, JsonSchema> | undefined {
  if (!schema) return undefined;
  let root = jsonSchemas.get(schema);
  if (!root) {
    root = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema & { $defs?: Record<string, JsonSchema> };
    jsonSchemas.set(schema, root);
  }
  const defs = (root as { $defs?: Record<string, JsonSchema> }).$defs ?? {};
  const resolve = (node: JsonSchema | undefined): JsonSchema | undefined => {
    for (let i = 0; i < 10 && node; i++) {
      if (node.$ref) node = defs[node.$ref.replace(/^#\/\$defs\//, '')];
      else if (!node.properties && !node.items && (node.anyOf ?? node.oneOf ?? node.allOf))
        node = (node.anyOf ?? node.oneOf ?? node.allOf)!.find((n) => resolve(n)?.properties || resolve(n)?.items);
      else break;
    }
    return node;
  };
  let node = resolve(root);
  for (const part of path) {
    node = resolve(typeof part === 'number' ? node?.items : node?.properties?.[String(part)]);
    if (!node) return undefined;
  }
  return node?.properties;
}

const describe = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  return typeof value === 'object' ? 'a group of fields' : `${typeof value} “${String(value).slice(0, 60)}”`;
};

/** One message for one zod issue; `schema` lets it name allowed keys and field descriptions. */
export function explainIssue(issue: z.core.$ZodIssue, schema?: z.ZodType, input?: unknown): Explained {
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
      return {
        field,
        message:
          `Expected ${issue.expected} but found ${describe(found)}. ${issue.message.startsWith('Invalid input') ? '' : issue.message}`.trim(),
      };
    }
    case 'too_small':
      if (issue.origin === 'array')
        return { field, message: issue.message.startsWith('Too small') ? `Give at least ${issue.minimum} item(s).` : issue.message };
      if (issue.origin === 'string')
        return {
          field,
          message: issue.message.startsWith('Too small') ? `Too short: write at least ${issue.minimum} characters.` : issue.message,
        };
      return { field, message: issue.message.startsWith('Too small') ? `Must be at least ${issue.minimum}.` : issue.message };
    case 'too_big':
      return {
        field,
        message: issue.message.startsWith('Too big')
          ? `Must be at most ${issue.maximum}${issue.origin === 'string' ? ' characters' : ''}.`
          : issue.message,
      };
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
