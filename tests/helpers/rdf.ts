/**
 * RDF checks with no network: JSON-LD to RDF by the `jsonld` processor (refusing remote
 * contexts), shapes read from the repository's Turtle files by N3, validation by
 * rdf-validate-shacl (a SHACL Core engine) over an RDF/JS dataset from @zazuko/env.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import rdf from '@zazuko/env';
import SHACLValidator from 'rdf-validate-shacl';
import { ROOT } from './builds.ts';
import { documentLoader } from './json-ld.ts';

const DCAT_AP = join(ROOT, 'src/data/standards/dcat-ap-3.0.1');
export const DCAT_AP_SHAPES = ['dcat-ap-SHACL.ttl', 'ranges.ttl', 'recommended.ttl'].map((f) => join(DCAT_AP, f));

export function turtle(files: string[]) {
  const dataset = rdf.dataset();
  for (const file of files) for (const quad of new Parser({ format: 'Turtle' }).parse(readFileSync(file, 'utf8'))) dataset.add(quad);
  return dataset;
}

export async function jsonLdDataset(doc: object) {
  const nquads = (await jsonld.toRDF(
    doc as jsonld.JsonLdDocument,
    { format: 'application/n-quads', documentLoader, safe: true } as jsonld.Options.ToRdf,
  )) as unknown as string;
  const dataset = rdf.dataset();
  for (const quad of new Parser({ format: 'N-Quads' }).parse(nquads)) dataset.add(quad);
  return dataset;
}

/** SHACL validation; each result as "focus node — path: message" (any severity counts). */
export async function shaclProblems(data: ReturnType<typeof rdf.dataset>, shapes: ReturnType<typeof rdf.dataset>): Promise<string[]> {
  const report = await new SHACLValidator(shapes, { factory: rdf }).validate(data);
  return report.results.map(
    (r) => `${r.focusNode?.value} — ${r.path?.value}: ${r.message.map((m) => m.value).join('; ') || r.sourceConstraintComponent?.value}`,
  );
}
