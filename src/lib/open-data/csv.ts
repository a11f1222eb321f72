/**
 * A table as CSV (RFC 4180: comma, double quotes, CRLF), columns in the order of its Table
 * Schema. Cells go through the same field writer as catalogue.csv, which also defuses
 * spreadsheet formulas. `bom` puts a UTF-8 byte-order mark first, for spreadsheets (Excel reads
 * a CSV without one in the system's legacy encoding).
 */
import { csvField } from '../export.ts';
import type { Row, TableSchema } from './table-schema.ts';

export const BOM = '\uFEFF';

export function tableCsv(schema: Pick<TableSchema, 'fields'>, rows: Row[], options: { bom?: boolean } = {}): string {
  const names = schema.fields.map((f) => f.name);
  const lines = [names.join(','), ...rows.map((row) => names.map((n) => csvField(row[n])).join(','))];
  return `${options.bom ? BOM : ''}${lines.join('\r\n')}\r\n`;
}
