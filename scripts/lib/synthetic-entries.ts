/**
 * Synthetic network entries for the benchmark (npm run bench): valid against the real
 * schemas, each with about 2 KB of Markdown body, 8 member countries, 3 crime areas and
 * 1 relation. Values come from the closed vocabularies and the country registry, so the
 * entries stay valid when those change. Deterministic: entry i is always the same.
 */
import { stringify } from 'yaml';
import { COUNTRIES } from '../../src/data/countries.ts';
import { SOURCE_DOCUMENTS } from '../../src/data/source-documents.ts';
import { CRIME_AREAS, INSTRUMENTS, MEMBER_ROLES, NETWORK_TYPES, REGIONS, RELATION_TYPES } from '../../src/schemas/vocabularies.ts';

const WORDS = (
  'prosecutor judge court evidence request assistance extradition warrant confiscation asset freezing tracing ' +
  'laundering trafficking corruption cybercrime terrorism witness protection investigation liaison magistrate ' +
  'contact point secretariat plenary meeting training exchange practitioner handbook guidelines treaty convention ' +
  'ratification region border customs police cooperation network member observer partner agency ministry justice ' +
  'interior authority central national regional international transnational organised crime serious offence case ' +
  'coordination joint team seizure recovery proceeds fraud smuggling migrants firearms drugs environmental wildlife'
).split(' ');

/** Small seeded generator (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], count: number, next: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  return out;
}

function sentence(next: () => number, words = 14): string {
  const text = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]!).join(' ');
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

/** About 2 KB of Markdown: headings, paragraphs and a list, with one word unique to the entry. */
function body(i: number, next: () => number): string {
  const para = () => Array.from({ length: 3 }, () => sentence(next)).join(' ');
  return [
    `Synthetic network ${i} exists only to measure the build (token bench${i}). ${para()}`,
    `## What it does\n\n${para()}\n\n${para()}`,
    `## How to reach it\n\n${Array.from({ length: 4 }, () => `- ${sentence(next, 8)}`).join('\n')}`,
    `## History\n\n${para()}\n\n${para()}`,
  ].join('\n\n');
}

export const syntheticId = (i: number) => `bench-network-${String(i).padStart(5, '0')}`;

/** Entry i of a synthetic catalogue; it relates to entry i - 1 (the first to `firstTarget`). */
export function syntheticEntry(i: number, firstTarget: string): { file: string; text: string } {
  const next = random(i + 1);
  const countries = pick([...COUNTRIES.keys()], 8, next);
  const roles = [...MEMBER_ROLES.keys()];
  const front = {
    name: `Synthetic Benchmark Network ${i}`,
    summary: `A synthetic network generated to measure how the catalogue builds and searches at scale, number ${i}.`,
    type: pick([...NETWORK_TYPES.keys()], 1, next)[0],
    regions: pick([...REGIONS.keys()], 2, next),
    crimeAreas: pick([...CRIME_AREAS.keys()], 3, next),
    instruments: pick([...INSTRUMENTS.keys()], 2, next),
    status: 'active',
    members: countries.map((country, k) => ({ country, role: k < 6 ? roles[0] : roles[1 % roles.length] })),
    relations: [{ type: [...RELATION_TYPES.keys()][i % RELATION_TYPES.size], target: i === 0 ? firstTarget : syntheticId(i - 1) }],
    sources: [{ document: [...SOURCE_DOCUMENTS.keys()][0], locator: `synthetic row ${i}`, url: `https://example.org/bench/${i}` }],
    asOf: '2026-01-01',
    lastReviewed: '2026-11-01',
  };
  return { file: `${syntheticId(i)}.md`, text: `---\n${stringify(front)}---\n\n${body(i, next)}\n` };
}
