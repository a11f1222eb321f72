/**
 * Edit distance between two strings, counting a swap of two neighbouring letters as one
 * edit (optimal string alignment), since transposed letters are the commonest typo.
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidates closest to `input`, best first: those within a third of the input's
 * length in edits, or that start with it. Case is ignored.
 */
export function closest(input: string, candidates: Iterable<string>, max = 3): string[] {
  // Suggestions are for typos in names and keys; a long value (a pasted paragraph, a 1 MB
  // string) gets none, so a message never costs more than a few short comparisons.
  if (input.length > 80) return [];
  const needle = input.toLowerCase();
  const limit = Math.max(2, Math.ceil(needle.length / 3));
  const scored: Array<[string, number]> = [];
  for (const candidate of new Set(candidates)) {
    const hay = candidate.toLowerCase();
    // The distance is at least the difference in length: skip what cannot be close.
    if (Math.abs(hay.length - needle.length) > limit && !hay.startsWith(needle)) continue;
    const distance = hay.startsWith(needle) && needle.length >= 3 ? 1 : editDistance(needle, hay);
    if (distance <= limit) scored.push([candidate, distance]);
  }
  return scored
    .sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0]))
    .slice(0, max)
    .map(([candidate]) => candidate);
}

/** " Did you mean “a” or “b”?" or the empty string, for the end of an error message. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const found = closest(input, candidates);
  if (found.length === 0) return '';
  return ` Did you mean ${found.map((c) => `“${c}”`).join(' or ')}?`;
}
