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
  /** How many member countries a has, to read the overlap from a ("24 of its 28 member countries"). */
  memberCountries: number;
}

const countriesOf = (s: OverlapSubject) => new Set(s.members.map((m) => m.country));

export function overlap<T extends OverlapSubject>(a: T, b: T): Overlap<T> {
  const ca = countriesOf(a);
  const cb = countriesOf(b);
  const sharedCountries = [...ca].filter((c) => cb.has(c)).sort();
  const sharedCrimeAreas = a.crimeAreas.filter((c) => b.crimeAreas.includes(c));
  const union = new Set([...ca, ...cb]).size + new Set([...a.crimeAreas, ...b.crimeAreas]).size;
  const score = union === 0 ? 0 : (sharedCountries.length + sharedCrimeAreas.length) / union;
  return { a, b, sharedCountries, sharedCrimeAreas, score, memberCountries: ca.size };
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

const memo = new WeakMap<readonly OverlapSubject[], Map<string, OverlapIndex<OverlapSubject>>>();

/** Bits set in a 32-bit mask. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A candidate kept in a top-n list, with what the order needs and nothing more. */
interface Candidate {
  score: number;
  shared: number;
  /** Indexes of the pair as it will be read (a, b). */
  a: number;
  b: number;
  /** Position in the simple definitions' enumeration, which breaks exact ties. */
  order: number;
}

/**
 * Every entry's similar entries and the top pairs, computed once for a given array of
 * entries (the catalogue's, loaded once per build) and reused by every page.
 *
 * Same results as similarEntries/topOverlaps (the tests compare them), but fast enough for
 * 10,000 entries: shared countries are counted through an inverted index (country →
 * entries), crime areas are bit masks, and only the n best of each list ever become
 * Overlap objects with their sentences.
 */
export interface OverlapOptions<T> {
  /** How many similar entries to keep for each entry. */
  similar: number;
  /** How many top pairs to keep. */
  top: number;
  /** Only pairs of entries passing this test compete for the top pairs (e.g. networks only). */
  pairsAmong?: (entry: T) => boolean;
}

export function overlapIndex<T extends OverlapSubject>(
  entries: readonly T[],
  options: OverlapOptions<T> = { similar: 5, top: 30 },
): OverlapIndex<T> {
  // Options with a pairsAmong test are not memoised by value: compute such an index once and keep it.
  const key = options.pairsAmong ? undefined : `${options.similar}/${options.top}`;
  const cached = key === undefined ? undefined : memo.get(entries)?.get(key);
  if (cached) return cached as unknown as OverlapIndex<T>;
  const paired = Uint8Array.from(entries, (e) => (options.pairsAmong ? Number(options.pairsAmong(e)) : 1));
  const n = entries.length;
  const countryIndex = new Map<string, number>();
  const areaBit = new Map<string, number>();
  const countries = entries.map((e) =>
    [...new Set(e.members.map((m) => m.country))].map((c) => countryIndex.get(c) ?? countryIndex.set(c, countryIndex.size).get(c)!),
  );
  const postings: number[][] = Array.from({ length: countryIndex.size }, () => []);
  countries.forEach((cs, i) => cs.forEach((c) => postings[c]!.push(i)));
  const masks = Uint32Array.from(entries, (e) => {
    let mask = 0;
    for (const area of new Set(e.crimeAreas)) mask |= 1 << (areaBit.get(area) ?? areaBit.set(area, areaBit.size).get(area)!);
    return mask;
  });
  if (areaBit.size > 32) throw new Error('overlapIndex: more than 32 crime areas; widen the masks');
  const sizes = Int32Array.from(countries, (cs) => cs.length);
  // Names ranked once, so ties compare integers rather than strings a million times.
  const rank = new Int32Array(n);
  [...entries.keys()]
    .sort((x, y) => entries[x]!.name.localeCompare(entries[y]!.name))
    .forEach((e, r, sorted) => {
      rank[e] = r > 0 && entries[sorted[r - 1]!]!.name.localeCompare(entries[e]!.name) === 0 ? rank[sorted[r - 1]!]! : r;
    });
  // Entries by number of member countries: crime-area-only candidates are tried smallest first.
  const bySize = [...entries.keys()].sort((x, y) => sizes[x]! - sizes[y]! || x - y);

  // Order of strongestFirst, on indexes: score, shared countries, then the two names.
  const before = (x: Candidate, y: Candidate) =>
    x.score !== y.score
      ? x.score > y.score
      : x.shared !== y.shared
        ? x.shared > y.shared
        : (rank[x.a]! - rank[y.a]! || rank[x.b]! - rank[y.b]! || x.order - y.order) < 0;
  const keep = (list: Candidate[], c: Candidate, max: number) => {
    if (max === 0 || (list.length === max && !before(c, list[max - 1]!))) return;
    let at = list.length;
    while (at > 0 && before(c, list[at - 1]!)) at--;
    list.splice(at, 0, c);
    if (list.length > max) list.pop();
  };

  const sharedWith = new Uint16Array(n);
  const similar = new Map<string, Array<Overlap<T>>>();
  const top: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    const touched: number[] = [];
    for (const c of countries[i]!) {
      for (const j of postings[c]!) {
        if (j === i) continue;
        if (sharedWith[j] === 0) touched.push(j);
        sharedWith[j]!++;
      }
    }
    const mine: Candidate[] = [];
    const consider = (j: number) => {
      const shared = sharedWith[j]!;
      const areas = popcount(masks[i]! & masks[j]!);
      if (shared + areas === 0) return;
      const score = (shared + areas) / (sizes[i]! + sizes[j]! - shared + popcount(masks[i]! | masks[j]!));
      keep(mine, { score, shared, a: j, b: i, order: j }, options.similar);
      // Each pair once (from its first entry), read from the entry with fewer member
      // countries, the first on a tie.
      if (i < j && paired[i] && paired[j])
        keep(
          top,
          sizes[i]! <= sizes[j]! ? { score, shared, a: i, b: j, order: i * n + j } : { score, shared, a: j, b: i, order: i * n + j },
          options.top,
        );
    };
    // Entries sharing a country first: the inverted index found them.
    for (const j of touched) consider(j);
    // The others share at most crime areas, so their score is at most
    // areas / (both entries' countries + areas), which only falls as the other entry has
    // more countries: try them smallest first, and stop when none can enter either list.
    const areas = popcount(masks[i]!);
    const full = (list: Candidate[], max: number, bound: number) => max === 0 || (list.length === max && list[max - 1]!.score > bound);
    for (const j of bySize) {
      if (j === i || sharedWith[j] !== 0) continue;
      const denominator = sizes[i]! + sizes[j]! + areas;
      const bound = denominator === 0 ? 1 : areas / denominator;
      if (full(mine, options.similar, bound) && (!paired[i] || full(top, options.top, bound))) break;
      consider(j);
    }
    for (const j of touched) sharedWith[j] = 0;
    similar.set(
      entries[i]!.id,
      mine.map((c) => overlap(entries[c.a]!, entries[c.b]!)),
    );
  }
  const index: OverlapIndex<T> = {
    similarTo: (id) => similar.get(id) ?? [],
    top: top.map((c) => overlap(entries[c.a]!, entries[c.b]!)),
  };
  if (key !== undefined) memo.set(entries, (memo.get(entries) ?? new Map()).set(key, index as unknown as OverlapIndex<OverlapSubject>));
  return index;
}
