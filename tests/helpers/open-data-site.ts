/**
 * Checks of a built site's open data, shared by the fixture-site and the real-content tests:
 * every file validated by its standard's validator against the schemas and shapes kept in the
 * repository (src/data/standards/), each returning its problems (none means valid).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tags } from '../../scripts/checks/html.ts';
import { dataPackageProblems, popoloProblems, tableProblems } from './open-data.ts';
import { expand, schemaOrgProblems } from './json-ld.ts';
import { DCAT_AP_SHAPES, jsonLdDataset, shaclProblems, turtle } from './rdf.ts';

const readJson = <T>(path: string) => JSON.parse(readFileSync(path, 'utf8')) as T;

interface Resource {
  name: string;
  path: string;
  bytes: number;
  schema: Parameters<typeof tableProblems>[0][number]['schema'];
}

/** The data package against its profile, each resource's size, every row against its Table Schema. */
export function dataPackageSiteProblems(dist: string): string[] {
  const descriptor = readJson<{ resources: Resource[] }>(join(dist, 'data/datapackage.json'));
  const files = descriptor.resources.map((r) => ({ ...r, text: readFileSync(join(dist, 'data', r.path), 'utf8') }));
  return [
    ...dataPackageProblems(descriptor),
    ...files
      .filter((r) => statSync(join(dist, 'data', r.path)).size !== r.bytes)
      .map((r) => `${r.path}: bytes ${r.bytes} is not the file's size`),
    ...tableProblems(files),
  ];
}

/** popolo.json against the Popolo schemas, and every membership pointing at organizations it defines. */
export function popoloSiteProblems(dist: string): string[] {
  interface Popolo {
    organizations: Array<{ id: string }>;
    memberships: Array<{ member: { id: string }; organization_id: string; on_behalf_of_id?: string }>;
    areas: unknown[];
  }
  const doc = readJson<Popolo>(join(dist, 'data/popolo.json'));
  const ids = new Set(doc.organizations.map((o) => o.id));
  const dangling = doc.memberships
    .flatMap((m) => [m.member.id, m.organization_id, ...(m.on_behalf_of_id ? [m.on_behalf_of_id] : [])])
    .filter((id) => !ids.has(id));
  return [...popoloProblems(doc), ...dangling.map((id) => `membership refers to ${id}, which is not an organization`)];
}

/** catalog.jsonld against the DCAT-AP 3.0.1 shapes, and each distribution's byte size against its file. */
export async function dcatSiteProblems(dist: string, origin: string, base: string): Promise<string[]> {
  const doc = readJson<{ '@graph': Array<Record<string, unknown>> }>(join(dist, 'data/catalog.jsonld'));
  const problems = await shaclProblems(await jsonLdDataset(doc), turtle(DCAT_AP_SHAPES));
  const distributions = doc['@graph'].filter((n) => n['@type'] === 'dcat:Distribution') as Array<{
    'dcat:downloadURL': { '@id': string };
    'dcat:byteSize': { '@value': string };
  }>;
  if (distributions.length === 0) problems.push('no distribution');
  for (const d of distributions) {
    const url = d['dcat:downloadURL']['@id'];
    const file = join(dist, url.slice(`${origin}${base}`.length));
    if (!url.startsWith(`${origin}${base}`)) problems.push(`${url} is not under ${origin}${base}`);
    else if (statSync(file).size !== Number(d['dcat:byteSize']['@value']))
      problems.push(`${url}: byteSize ${d['dcat:byteSize']['@value']} is not the file's size ${statSync(file).size}`);
  }
  return problems;
}

/** Entry and country pages in every language (their index.html under <lang>/<section>/<id>/). */
export function entryAndCountryPages(dist: string): string[] {
  const pages: string[] = [];
  for (const prefix of [
    '',
    ...readdirSync(dist)
      .filter((d) => /^[a-z]{2}$/.test(d))
      .map((d) => `${d}/`),
  ]) {
    for (const section of ['networks', 'programmes', 'practices', 'countries']) {
      const dir = join(dist, prefix, section);
      if (!existsSync(dir)) continue;
      const ids = readdirSync(dir, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name);
      pages.push(...ids.map((id) => join(prefix, section, id, 'index.html')));
    }
  }
  return pages;
}

/** The JSON-LD blocks of a page: exactly one, expanded by jsonld and read against schema.org. */
export async function pageJsonLdProblems(dist: string, page: string): Promise<string[]> {
  const html = readFileSync(join(dist, page), 'utf8');
  const blocks = tags(html).filter((t) => t.name === 'script' && t.attrs.get('type') === 'application/ld+json');
  if (blocks.length !== 1) return [`${page}: ${blocks.length} JSON-LD blocks, expected one`];
  try {
    return schemaOrgProblems(await expand(JSON.parse(blocks[0]!.text()) as object)).map((p) => `${page}: ${p}`);
  } catch (error) {
    return [`${page}: ${error instanceof Error ? error.message : String(error)}`];
  }
}
