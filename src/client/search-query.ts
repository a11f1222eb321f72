/**
 * What the search page does with a query before and beside Pagefind, kept apart from the DOM so
 * it can be tested: which entries the query names (their names come from the index's `name`
 * filter, src/lib/search-keys.ts), the query with practitioners' abbreviations spelt out
 * (src/schemas/search-terms.ts), and a "did you mean" from the catalogue's own names and words.
 */
import { editDistance } from '../lib/did-you-mean.ts';
import { normaliseName } from '../lib/search-keys.ts';
import type { SearchTerm } from '../schemas/search-terms.ts';

/** Words as compared: no accents, lower case, apostrophes and hyphens as spaces. */
export const normaliseWords = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

/**
 * The name-filter values the query names: `exact` those it is ("eurojust" → Eurojust), `start`
 * those it begins, for a query of two words or more ("European Judicial Network" → "European
 * Judicial Network in criminal matters").
 */
export function namesMatching(query: string, names: Iterable<string>): { exact: string[]; start: string[] } {
  const key = normaliseName(query);
  const found = { exact: [] as string[], start: [] as string[] };
  if (!key) return found;
  const long = key.includes(' ');
  for (const name of names) {
    const n = normaliseName(name);
    if (n === key) found.exact.push(name);
    else if (long && n.startsWith(`${key} `)) found.start.push(name);
  }
  return found;
}

/**
 * The query with every abbreviation or synonym it contains replaced by the words the catalogue
 * uses (`query`, to search) and those words as written (`means`, to tell the reader), or
 * undefined when it contains none (or already says what they mean).
 */
export function expandQuery(query: string, terms: readonly SearchTerm[]): { query: string; means: string[] } | undefined {
  let text = ` ${normaliseWords(query)} `;
  const original = text;
  const means: string[] = [];
  // Longest terms first, so "asset forfeiture" wins over "forfeiture".
  const pairs = terms
    .flatMap((t) => t.terms.map((term) => ({ term: normaliseWords(term), plain: normaliseWords(t.means), written: t.means })))
    .sort((a, b) => b.term.length - a.term.length);
  for (const { term, plain, written } of pairs) {
    if (!term || original.includes(` ${plain} `) || !text.includes(` ${term} `)) continue;
    text = text.replace(` ${term} `, ` ${plain} `);
    if (!means.includes(written)) means.push(written);
  }
  return means.length === 0 ? undefined : { query: text.trim(), means };
}

/** Word endings that make another form of the same word, in English and French. */
const ENDINGS = new Set([
  '',
  's',
  'es',
  'e',
  'ed',
  'ing',
  'er',
  'ers',
  'ion',
  'ions',
  'ment',
  'ments',
  'al',
  'aux',
  'ale',
  'ales',
  'é',
  'ée',
  'és',
  'ées',
  'eur',
  'eurs',
  'ive',
  'ives',
  'if',
  'ifs',
  'y',
  'ies',
]);

/** Candidates within a third of the word's length in edits (at least one, at most three). */
function nearest(word: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - word.length) > limit) continue;
    const d = editDistance(word, candidate);
    if (d < bestDistance || (d === bestDistance && best !== undefined && candidate < best)) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/**
 * A correction for a misspelt query, or undefined: the name it is closest to ("eurojsut" →
 * "Eurojust"), otherwise the query with each unknown word replaced by the nearest known one
 * ("extradtion" → "extradition"). A word is known when it is a known word with another ending
 * ("laundered", "conventions"): other forms of a word are not misspellings.
 */
export function suggestion(query: string, names: readonly string[], words: Iterable<string>): string | undefined {
  const key = normaliseName(query);
  if (key.length < 3 || key.length > 80) return undefined;
  if (names.some((n) => normaliseName(n) === key)) return undefined;
  const nameLimit = Math.min(3, Math.max(1, Math.floor(key.length / 4)));
  const byName = names
    .map((name) => ({ name, d: editDistance(key, normaliseName(name)) }))
    .filter((c) => c.d <= nameLimit)
    .sort((a, b) => a.d - b.d || a.name.localeCompare(b.name))[0];
  if (byName) return byName.name;
  const known = new Set<string>();
  for (const w of words) for (const part of normaliseWords(w).split(' ')) if (part.length >= 3) known.add(part);
  const shared = (a: string, b: string) => {
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    return i;
  };
  // Known, or the same word with another ending ("laundered" for "laundering"): not a misspelling.
  const isKnown = (w: string) =>
    w.length < 4 ||
    /\d/.test(w) ||
    known.has(w) ||
    [...known].some((k) => {
      const p = shared(w, k);
      return p >= 4 && ENDINGS.has(w.slice(p)) && ENDINGS.has(k.slice(p));
    });
  const queryWords = normaliseWords(query).split(' ');
  let changed = false;
  const corrected = queryWords.map((w) => {
    if (isKnown(w)) return w;
    const fix = nearest(w, known);
    if (fix) changed = true;
    return fix ?? w;
  });
  return changed ? corrected.join(' ') : undefined;
}
