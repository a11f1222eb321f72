/** dist/data/v1/<table>.csv: the tidy tables of version 1 (src/lib/open-data/tables.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { TABLES } from '../../../lib/open-data/tables.ts';
import { serveDataFile } from '../../../lib/open-data/site-data.ts';

export const getStaticPaths = (() => TABLES.map((t) => ({ params: { table: t.name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => serveDataFile(`data/v1/${params.table}.csv`);
