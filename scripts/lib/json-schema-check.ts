/**
 * Validates data against a JSON Schema with Ajv (draft 2020-12, with the standard formats), and
 * returns each problem as "path: message", so tests and scripts can show what is wrong where.
 */
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

type Schema = Record<string, unknown>;

const describe = (e: ErrorObject) => {
  const path = `$${e.instancePath.replace(/\/(\d+)(?=\/|$)/g, '[$1]').replace(/\//g, '.')}`;
  if (e.keyword === 'additionalProperties') return `${path}: unexpected property “${String(e.params['additionalProperty'])}”`;
  if (e.keyword === 'required') return `${path}: missing required “${String(e.params['missingProperty'])}”`;
  if (e.keyword === 'enum') return `${path}: must be one of ${(e.params['allowedValues'] as unknown[]).join(', ')}`;
  return `${path}: ${e.message ?? e.keyword}`;
};

/** A validator for one schema (compiled once); each call returns the problems of one value. */
export function schemaValidator(schema: Schema, options: { strict?: boolean; schemas?: Schema[] } = {}): (value: unknown) => string[] {
  const ajv = new Ajv2020({ allErrors: true, strict: options.strict ?? true });
  addFormats.default(ajv);
  for (const extra of options.schemas ?? []) ajv.addSchema(extra);
  const validate = ajv.compile(schema);
  return (value) => (validate(value) ? [] : (validate.errors ?? []).map(describe));
}

/** Problems of `value` against `schema`, each as "path: message"; empty when it validates. */
export const checkJsonSchema = (value: unknown, schema: Schema): string[] => schemaValidator(schema)(value);
