/**
 * Table Schema (Frictionless Data, v2) descriptors in TypeScript, and helpers that write the
 * catalogue's fields the same way everywhere: codes constrained to their vocabulary, a label
 * column in each language beside every code, partial dates as the pattern the content allows.
 * https://datapackage.org/standard/table-schema/
 */
import { LOCALE_CODES } from '../../i18n/locales.ts';

export interface Field {
  name: string;
  type: 'string' | 'integer' | 'date';
  title?: string;
  description: string;
  format?: 'uri';
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; pattern?: string };
}

export interface TableSchema {
  fields: Field[];
  primaryKey?: string[];
  foreignKeys?: Array<{ fields: string[]; reference: { resource: string; fields: string[] } }>;
  missingValues: string[];
}

/** A cell as the tables hold it: absent values are null and written as an empty cell. */
export type Cell = string | number | null;
export type Row = Record<string, Cell>;

export const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';

export const field = {
  text: (name: string, description: string, required = false): Field => ({
    name,
    type: 'string',
    description,
    ...(required ? { constraints: { required: true } } : {}),
  }),
  id: (name: string, description: string, required = true): Field => ({
    name,
    type: 'string',
    description,
    constraints: { ...(required ? { required: true } : {}), pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' },
  }),
  url: (name: string, description: string, required = false): Field => ({
    name,
    type: 'string',
    format: 'uri',
    description,
    ...(required ? { constraints: { required: true } } : {}),
  }),
  code: (name: string, description: string, values: Iterable<string>, required = true): Field => ({
    name,
    type: 'string',
    description,
    constraints: { ...(required ? { required: true } : {}), enum: [...values] },
  }),
  country: (name: string, description: string): Field => ({
    name,
    type: 'string',
    description,
    constraints: { required: true, pattern: '^[A-Z]{2}$' },
  }),
  partialDate: (name: string, description: string, required = false): Field => ({
    name,
    type: 'string',
    description: `${description} (YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source)`,
    constraints: { ...(required ? { required: true } : {}), pattern: PARTIAL_DATE },
  }),
  date: (name: string, description: string): Field => ({ name, type: 'date', description, constraints: { required: true } }),
  /** Several codes in one cell, separated by ";" (the v2 profile has no list type for CSV). */
  codes: (name: string, description: string): Field => ({
    name,
    type: 'string',
    description,
    constraints: { pattern: '^[a-z0-9-]+(;[a-z0-9-]+)*$' },
  }),
  count: (name: string, description: string): Field => ({ name, type: 'integer', description, constraints: { required: true } }),
  /** One column per language beside a code or a name: `<name>_<lang>`. */
  perLanguage: (name: string, description: (lang: string) => string, required = true): Field[] =>
    LOCALE_CODES.map((lang) => ({
      name: `${name}_${lang}`,
      type: 'string',
      description: description(lang),
      ...(required ? { constraints: { required: true } } : {}),
    })),
};
