/**
 * One build per target at a time: two builds writing the same temporary folder and swapping it
 * in turn can publish a half site and both report success. The lock is a file created
 * exclusively (O_EXCL), holding the owner's pid; a lock whose process is gone (a killed build) is
 * taken over, so a crash never blocks the next build.
 */
import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

export class BuildLockedError extends Error {
  override name = 'BuildLockedError';
}

interface Owner {
  pid: number;
  host: string;
  started: string;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Takes the lock or throws BuildLockedError saying who holds it; returns the release function. */
export function acquireLock(path: string, target: string): () => void {
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, 'wx');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      let owner: Owner | undefined;
      try {
        owner = JSON.parse(readFileSync(path, 'utf8')) as Owner;
      } catch {
        owner = undefined; // unreadable or half-written: treated as stale
      }
      if (owner && (owner.host !== hostname() || alive(owner.pid))) {
        throw new BuildLockedError(
          `Another build of ${target} is running (process ${owner.pid}${owner.host !== hostname() ? ` on ${owner.host}` : ''}, started ${owner.started}). ` +
            `Wait for it to finish. If no build is running, delete ${path} and build again.`,
        );
      }
      rmSync(path, { force: true }); // the build that held it is gone
      continue;
    }
    writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() } satisfies Owner));
    closeSync(fd);
    return () => rmSync(path, { force: true });
  }
  throw new BuildLockedError(`Could not take the build lock ${path}; delete it and build again.`);
}
