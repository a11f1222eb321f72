/**
 * How much two entries overlap: the member countries and crime areas they share. The
 * CDPC report worries that networks work in silos; these figures show where the same
 * countries meet in several networks on the same crimes. Pure; the catalogue-wide table
 * is computed once per build and memoised (see overlapIndex).
 */
export interface OverlapSubject {
  id: string;
  name: string;
  members: ReadonlyArray<{ country: string }>;
  crimeAreas: readonly string[];
}

export interface Overlap<T extends OverlapSubject = OverlapSubject> {
  a: T;
  b: T;
  /** Countries taking part (in any role) in both, sorted. */
  sharedCountries: string[];
  sharedCrimeAreas: string[];
  /** Shared countries and crime areas over all of either's: 0 (nothing shared) to 1 (the same). */
  score: number;
  /** Read from a: "shares 24 of its 28 member countries and 3 crime areas". */
  sentence: string;
}

const countriesOf = (s: OverlapSubject) => new Set(s.members.map((m) => m.country));
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function overlap<T extends OverlapSubject>(a: T, b: T): Overlap<T> {
  const ca = countriesOf(a);
  const cb = countriesOf(b);
  const sharedCountries = [...ca].filter((c) => cb.has(c)).sort();
  const sharedCrimeAreas = a.crimeAreas.filter((c) => b.crimeAreas.includes(c));
  const union = new Set([...ca, ...cb]).size + new Set([...a.crimeAreas, ...b.crimeAreas]).size;
  const score = union === 0 ? 0 : (sharedCountries.length + sharedCrimeAreas.length) / union;
  const parts = [
    sharedCountries.length > 0 &&
      (sharedCountries.length === ca.size && ca.size > 1
        ? `all ${ca.size} of its member countries`
        : `${sharedCountries.length} of its ${plural(ca.size, 'member country', 'member countries')}`),
    sharedCrimeAreas.length > 0 && plural(sharedCrimeAreas.length, 'crime area', 'crime areas'),
  ].filter(Boolean);
  const sentence = parts.length > 0 ? `shares ${parts.join(' and ')}` : 'shares no member country or crime area';
  return { a, b, sharedCountries, sharedCrimeAreas, score, sentence };
}

/** Strongest first: score, then shared countries, then names (stable across builds). */
const strongestFirst = (x: Overlap, y: Overlap) =>
  y.score - x.score ||
  y.sharedCountries.length - x.sharedCountries.length ||
  x.a.name.localeCompare(y.a.name) ||
  x.b.name.localeCompare(y.b.name);

/**
 * The n entries overlapping most with `entry` (never itself, never with nothing shared).
 * Each is read from the other entry (a = the other, b = `entry`), so an entry page can say
 * "B shares 24 of its 28 member countries and 3 crime areas with this entry".
 */
export function similarEntries<T extends OverlapSubject>(entry: T, all: readonly T[], n: number): Array<Overlap<T>> {
  return all
    .filter((other) => other.id !== entry.id)
    .map((other) => overlap(other, entry))
    .filter((o) => o.score > 0)
    .sort(strongestFirst)
    .slice(0, n);
}

/**
 * The n pairs overlapping most. Each pair is read from the entry with fewer member
 * countries, so "shares 24 of its 28" states the larger proportion.
 */
export function topOverlaps<T extends OverlapSubject>(entries: readonly T[], n: number): Array<Overlap<T>> {
  const pairs: Array<Overlap<T>> = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const [x, y] = [entries[i]!, entries[j]!];
      const smallerFirst = countriesOf(x).size <= countriesOf(y).size ? overlap(x, y) : overlap(y, x);
      if (smallerFirst.score > 0) pairs.push(smallerFirst);
    }
  }
  return pairs.sort(strongestFirst).slice(0, n);
}

export interface OverlapIndex<T extends OverlapSubject> {
  /** Entries most like the one with this id, strongest first. */
  similarTo: (id: string) => Array<Overlap<T>>;
  /** Pairs of entries overlapping most, strongest first. */
  top: Array<Overlap<T>>;
}

const memo = new WeakMap<readonly OverlapSubject[], OverlapIndex<OverlapSubject>>();

/**
 * Every entry's similar entries and the top pairs, computed once for a given array of
 * entries (the catalogue's, loaded once per build) and reused by every page.
 */
export function overlapIndex<T extends OverlapSubject>(entries: readonly T[], options = { similar: 5, top: 30 }): OverlapIndex<T> {
  const cached = memo.get(entries);
  if (cached) return cached as unknown as OverlapIndex<T>;
  const similar = new Map(entries.map((e) => [e.id, similarEntries(e, entries, options.similar)]));
  const index: OverlapIndex<T> = { similarTo: (id) => similar.get(id) ?? [], top: topOverlaps(entries, options.top) };
  memo.set(entries, index as unknown as OverlapIndex<OverlapSubject>);
  return index;
}
