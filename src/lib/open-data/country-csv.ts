/**
 * data/countries/<code>.csv: what a country's page shows, for a spreadsheet. The rows of
 * catalogue.csv (same columns, same byte-order mark) for the entries that list the country, then
 * those of the entries whose sources give no member list but whose regions cover it, which
 * say so in their country-name column.
 */
import type { Catalogue } from '../build-catalogue.ts';
import type { Row } from './table-schema.ts';
import { catalogueCsvRows, catalogueCsvSchema } from './catalogue-csv.ts';
import { tableCsv } from './csv.ts';

// The rows are the same for every country: made once per catalogue.
const rowsOf = new WeakMap<Catalogue, Row[]>();

export function countryCsv(catalogue: Catalogue, code: string): string {
  const view = catalogue.countries.find((c) => c.code === code);
  if (!view) throw new Error(`No country “${code}” in the catalogue.`);
  let rows = rowsOf.get(catalogue);
  if (!rows) rowsOf.set(catalogue, (rows = catalogueCsvRows(catalogue)));
  const mayConcern = new Set(view.mayConcern.map((e) => e.id));
  const listing = rows.filter((r) => r['country'] === code);
  const unlisted = rows.filter((r) => !r['country'] && mayConcern.has(String(r['id'])));
  return tableCsv(catalogueCsvSchema, [...listing, ...unlisted], { bom: true });
}
