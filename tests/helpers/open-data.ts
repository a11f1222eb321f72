/**
 * Validators for the open-data files, all against schemas kept in the repository
 * (src/data/standards/), none hand-written assertions:
 * - Popolo organizations, memberships and areas against Popolo's own JSON Schemas (Ajv, draft-07);
 * - a Data Package descriptor against the Data Package v2 profile (Ajv, draft-07);
 * - every CSV row against its Table Schema: each Table Schema becomes a JSON Schema (types,
 *   required, enum, pattern, uri/date formats) that Ajv checks row by row after the CSV is read by
 *   csv-parse with the package's missing values; primary keys are unique and foreign keys resolve.
 *   No maintained JavaScript validator implements Table Schema v2 (decision 0010).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { ROOT } from './builds.ts';

type Schema = Record<string, unknown>;
const STANDARDS = join(ROOT, 'src/data/standards');
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Schema;

const describeError = (e: ErrorObject) =>
  `${e.instancePath || '/'} ${e.message ?? e.keyword}${e.params && 'allowedValues' in e.params ? ` (${(e.params['allowedValues'] as unknown[]).join(', ')})` : ''}`;

function ajv() {
  const instance = new Ajv({ allErrors: true, strict: false });
  addFormats.default(instance);
  // A hint for form editors in the Data Package profile, not a constraint.
  instance.addFormat('textarea', true);
  return instance;
}

const popoloAjv = ajv();
for (const file of readdirSync(join(STANDARDS, 'popolo')).filter((f) => f.endsWith('.json')))
  popoloAjv.addSchema(readJson(join(STANDARDS, 'popolo', file)));
const popolo = (name: string) => popoloAjv.getSchema(`http://www.popoloproject.com/schemas/${name}.json`)!;

/** Problems of a popolo.json document, each as "organizations[3] /path message". */
export function popoloProblems(doc: { organizations: unknown[]; memberships: unknown[]; areas: unknown[] }): string[] {
  const problems: string[] = [];
  for (const [key, schema] of [
    ['organizations', 'organization'],
    ['memberships', 'membership'],
    ['areas', 'area'],
  ] as const) {
    const validate = popolo(schema);
    doc[key].forEach((item, i) => {
      if (!validate(item)) problems.push(...(validate.errors ?? []).map((e) => `${key}[${i}] ${describeError(e)}`));
    });
  }
  return problems;
}

const packageProfile = ajv().compile(readJson(join(STANDARDS, 'datapackage-2.0/datapackage.json')));

/** Problems of a Data Package descriptor against the Data Package v2 profile. */
export const dataPackageProblems = (descriptor: unknown): string[] =>
  packageProfile(descriptor) ? [] : (packageProfile.errors ?? []).map(describeError);

interface TableField {
  name: string;
  type: string;
  format?: string;
  constraints?: { required?: boolean; enum?: string[]; pattern?: string; unique?: boolean };
}
interface TableSchema {
  fields: TableField[];
  primaryKey?: string[];
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
  missingValues?: string[];
}

/** The JSON Schema a row (as read, missing values as null, integers cast) must satisfy. */
export function rowJsonSchema(schema: TableSchema): Schema {
  const property = (f: TableField): Schema => {
    const base: Schema =
      f.type === 'integer'
        ? { type: 'integer' }
        : f.type === 'date'
          ? { type: 'string', format: 'date' }
          : {
              type: 'string',
              ...(f.format === 'uri' ? { format: 'uri' } : {}),
              ...(f.constraints?.pattern ? { pattern: f.constraints.pattern } : {}),
              ...(f.constraints?.enum ? { enum: f.constraints.enum } : {}),
            };
    return f.constraints?.required ? base : { anyOf: [base, { type: 'null' }] };
  };
  return {
    type: 'object',
    properties: Object.fromEntries(schema.fields.map((f) => [f.name, property(f)])),
    required: schema.fields.map((f) => f.name),
    additionalProperties: false,
  };
}

/** Reads a CSV as its Table Schema says: header row, missing values as null, integers as numbers. */
export function readTable(text: string, schema: TableSchema): Array<Record<string, string | number | null>> {
  const missing = new Set(schema.missingValues ?? ['']);
  const records = parse(text, { columns: true, bom: true, skip_empty_lines: true }) as Array<Record<string, string>>;
  const header = (parse(text, { bom: true, to: 1 }) as string[][])[0] ?? [];
  if (header.join(',') !== schema.fields.map((f) => f.name).join(','))
    throw new Error(`The header ${header.join(',')} is not the schema's fields.`);
  const integer = new Set(schema.fields.filter((f) => f.type === 'integer').map((f) => f.name));
  return records.map((r) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, missing.has(v) ? null : integer.has(k) && /^-?\d+$/.test(v) ? Number(v) : v])),
  );
}

/** Problems of every row of every table, primary keys and foreign keys included. */
export function tableProblems(tables: Array<{ name: string; schema: TableSchema; text: string }>): string[] {
  const problems: string[] = [];
  const rows = new Map<string, Array<Record<string, string | number | null>>>();
  for (const t of tables) {
    const validate = ajv().compile(rowJsonSchema(t.schema));
    const read = readTable(t.text, t.schema);
    rows.set(t.name, read);
    read.forEach((row, i) => {
      if (!validate(row)) problems.push(...(validate.errors ?? []).map((e) => `${t.name} row ${i + 2}: ${describeError(e)}`));
    });
    const keyOf = (row: Record<string, unknown>, fields: string[]) => JSON.stringify(fields.map((f) => row[f]));
    for (const key of [t.schema.primaryKey ?? [], ...t.schema.fields.filter((f) => f.constraints?.unique).map((f) => [f.name])].filter(
      (k) => k.length,
    )) {
      const seen = new Set<string>();
      for (const row of read) {
        const k = keyOf(row, key);
        if (seen.has(k)) problems.push(`${t.name}: ${key.join(', ')} ${k} is not unique`);
        seen.add(k);
      }
    }
  }
  for (const t of tables) {
    for (const fk of t.schema.foreignKeys ?? []) {
      const target = new Set((rows.get(fk.reference.resource) ?? []).map((r) => JSON.stringify(fk.reference.fields.map((f) => r[f]))));
      for (const row of rows.get(t.name) ?? []) {
        const values = fk.fields.map((f) => row[f]);
        if (values.some((v) => v === null)) continue;
        if (!target.has(JSON.stringify(values)))
          problems.push(`${t.name}: ${fk.fields.join(', ')} ${values.join(', ')} is not in ${fk.reference.resource}`);
      }
    }
  }
  return problems;
}
