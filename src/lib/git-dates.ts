/**
 * Date of the last commit that changed each content file, read from git once per build.
 * In a shallow clone, the oldest commit available stands for all history before it, so a
 * file whose last change we see is that boundary commit gets no date (the caller falls
 * back to the entry's reviewed date, never to the build date).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** Map of repository-relative path → ISO date (YYYY-MM-DD) of its last change. */
export function lastChangeDates(root: string, dir = 'src/content'): Map<string, string> {
  const dates = new Map<string, string>();
  const top = git(root, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return dates;
  const shallowFile = join(top, '.git', 'shallow');
  const boundaries = new Set(existsSync(shallowFile) ? readFileSync(shallowFile, 'utf8').split('\n').filter(Boolean) : []);
  const log = git(root, ['log', '--format=@%H %cI', '--name-only', '--no-renames', '--', dir]);
  if (!log) return dates;
  const prefix = git(root, ['rev-parse', '--show-prefix'])?.trim() ?? '';
  let hash = '';
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) {
      [hash, date] = line.slice(1).split(' ') as [string, string];
    } else if (line) {
      const path = prefix && line.startsWith(prefix) ? line.slice(prefix.length) : line;
      if (!dates.has(path)) dates.set(path, boundaries.has(hash) ? '' : date.slice(0, 10));
    }
  }
  for (const [path, value] of dates) if (!value) dates.delete(path);
  return dates;
}
