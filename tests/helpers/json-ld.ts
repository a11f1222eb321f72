/**
 * JSON-LD checks with no network: the `jsonld` processor expands documents in safe mode (a term
 * it cannot map is an error, not silently dropped), with a document loader that serves the
 * schema.org context from the repository (src/data/standards/schema.org/context.jsonld) and
 * refuses every other remote document. The expanded graph is then read against the schema.org
 * vocabulary as published (the @vocabulary/schema package: schema.org's own N-Triples): every
 * type must be a schema.org class, every property a current schema.org property whose domain
 * includes the node's type (or, on a Role, the property the Role qualifies).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import { ROOT } from './builds.ts';

const SCHEMA = 'http://schema.org/';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const SUBCLASS = 'http://www.w3.org/2000/01/rdf-schema#subClassOf';
const schemaOrgContext = JSON.parse(readFileSync(join(ROOT, 'src/data/standards/schema.org/context.jsonld'), 'utf8')) as object;

/** Serves the schema.org context from the repository; any other remote document is refused. */
export const documentLoader = async (url: string) => {
  if (/^https?:\/\/schema\.org\/?(docs\/jsonldcontext\.jsonld)?$/.test(url)) {
    return { contextUrl: undefined, documentUrl: url, document: schemaOrgContext };
  }
  throw new Error(`No network in tests: the JSON-LD refers to ${url}, which the test's document loader does not serve.`);
};

export async function expand(doc: object): Promise<jsonld.JsonLdDocument[]> {
  return (await jsonld.expand(
    doc as jsonld.JsonLdDocument,
    { documentLoader, safe: true } as jsonld.Options.Expand,
  )) as jsonld.JsonLdDocument[];
}

interface Vocabulary {
  classes: Set<string>;
  properties: Set<string>;
  superseded: Set<string>;
  parents: Map<string, string[]>;
  domains: Map<string, string[]>;
}

let vocabulary: Vocabulary | undefined;

function schemaOrg(): Vocabulary {
  if (vocabulary) return vocabulary;
  const file = createRequire(import.meta.url).resolve('@vocabulary/schema/schema.nq');
  const v: Vocabulary = { classes: new Set(), properties: new Set(), superseded: new Set(), parents: new Map(), domains: new Map() };
  const push = (map: Map<string, string[]>, key: string, value: string) => map.set(key, [...(map.get(key) ?? []), value]);
  for (const q of new Parser({ format: 'N-Quads' }).parse(readFileSync(file, 'utf8'))) {
    const [s, p, o] = [q.subject.value, q.predicate.value, q.object.value];
    if (p === RDF_TYPE && o === 'http://www.w3.org/2000/01/rdf-schema#Class') v.classes.add(s);
    if (p === RDF_TYPE && o === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#Property') v.properties.add(s);
    if (p === `${SCHEMA}supersededBy`) v.superseded.add(s);
    if (p === SUBCLASS) push(v.parents, s, o);
    if (p === `${SCHEMA}domainIncludes`) push(v.domains, s, o);
  }
  return (vocabulary = v);
}

function ancestors(type: string, v: Vocabulary): Set<string> {
  const seen = new Set<string>();
  for (const queue = [type]; queue.length > 0;) {
    const t = queue.pop()!;
    if (seen.has(t)) continue;
    seen.add(t);
    queue.push(...(v.parents.get(t) ?? []));
  }
  return seen;
}

type Node = Record<string, unknown>;

/** What in an expanded document is not schema.org as published, one line per problem. */
export function schemaOrgProblems(expanded: unknown): string[] {
  const v = schemaOrg();
  const problems: string[] = [];
  const visit = (node: Node, roleOf: string | undefined) => {
    const types = (node['@type'] as string[] | undefined) ?? [];
    const all = new Set(types.flatMap((t) => [...ancestors(t, v)]));
    for (const t of types) if (!v.classes.has(t)) problems.push(`${t} is not a schema.org class`);
    const isRole = all.has(`${SCHEMA}Role`);
    for (const [key, values] of Object.entries(node)) {
      if (key.startsWith('@')) continue;
      if (!v.properties.has(key)) problems.push(`${key} is not a schema.org property`);
      else if (v.superseded.has(key)) problems.push(`${key} is superseded in schema.org`);
      else if (!(isRole && key === roleOf) && !(v.domains.get(key) ?? []).some((d) => all.has(d)))
        problems.push(`${key} does not apply to ${types.join(', ') || 'an untyped node'}`);
      for (const value of values as Node[]) if (typeof value === 'object' && !('@value' in value)) visit(value, key);
    }
  };
  for (const node of expanded as Node[]) visit(node, undefined);
  return problems;
}
