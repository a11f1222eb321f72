/**
 * Publishing a new build without ever leaving a half site: the new folder replaces dist/ by two
 * renames (dist/ → previous, new → dist/), then previous is removed. A build killed between the
 * two renames leaves no dist/ and a complete previous: the next build (or `recoverSwap`) puts it
 * back before anything else.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';

export type Recovery = 'restored' | 'cleaned' | 'none';

/** Undoes a swap that was interrupted: restores the previous site, or removes a leftover copy. */
export function recoverSwap(dist: string, previous: string): Recovery {
  if (!existsSync(previous)) return 'none';
  if (!existsSync(dist)) {
    renameSync(previous, dist);
    return 'restored';
  }
  rmSync(previous, { recursive: true, force: true });
  return 'cleaned';
}

/**
 * Puts `next` in place of `dist`. `between` runs between the two renames; the build's tests use it
 * (through BUILD_TEST_PAUSE_IN_SWAP) to kill a build at the worst moment.
 */
export async function swapIn(next: string, dist: string, previous: string, between?: () => Promise<void>): Promise<void> {
  if (existsSync(dist)) renameSync(dist, previous);
  await between?.();
  renameSync(next, dist);
  rmSync(previous, { recursive: true, force: true });
}
