/**
 * The change history of the data, from the repository: for each day on which entries' files
 * changed, which entries were added and which were changed. Read from `git log` once per build,
 * like the last-change dates (src/lib/git-dates.ts), and with the same fallback: without git or
 * history (a tarball, a shallow clone) the history is empty and the build goes on; in a shallow
 * clone the boundary commit, which stands for all older history, is left out.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface HistoryDay {
  date: string;
  added: string[];
  changed: string[];
}

function git(root: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** Entry id of a content file path (`<dir>/<kind>/<id>.md`), or undefined for other files (translations, organisations). */
const entryIdOf = (path: string, dir: string) =>
  new RegExp(`^${dir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/(networks|programmes|practices)/([^/.]+)\\.mdx?$`).exec(path)?.[2];

/** Parses `git log --format=@%H %cI --name-status` output into days, newest first. */
export function parseHistory(log: string, dir: string, boundaries: Set<string> = new Set(), known?: Set<string>): HistoryDay[] {
  const days = new Map<string, { added: Set<string>; changed: Set<string> }>();
  let date = '';
  let skip = false;
  for (const line of log.split('\n')) {
    if (line.startsWith('@')) {
      const [hash = '', when = ''] = line.slice(1).split(' ');
      date = when.slice(0, 10);
      skip = boundaries.has(hash);
      continue;
    }
    const [status = '', path = ''] = line.split('\t');
    const id = entryIdOf(path, dir);
    if (skip || !id || !date || (known && !known.has(id))) continue;
    const day = days.get(date) ?? { added: new Set(), changed: new Set() };
    days.set(date, day);
    if (status.startsWith('A')) day.added.add(id);
    else if (status.startsWith('M')) day.changed.add(id);
  }
  return [...days]
    .map(([d, { added, changed }]) => ({ date: d, added: [...added].sort(), changed: [...changed].filter((id) => !added.has(id)).sort() }))
    .filter((d) => d.added.length + d.changed.length > 0)
    .sort((a, b) => b.date.localeCompare(a.date));
}

/** The history of the entries in `dir` (repository-relative), limited to the entries that exist now. */
export function contentHistory(root: string, dir: string, known: Set<string>): HistoryDay[] {
  const top = git(root, ['rev-parse', '--show-toplevel'])?.trim();
  if (!top) return [];
  const shallow = join(top, '.git', 'shallow');
  const boundaries = new Set(existsSync(shallow) ? readFileSync(shallow, 'utf8').split('\n').filter(Boolean) : []);
  const log = git(root, ['log', '--format=@%H %cI', '--name-status', '--no-renames', '--', dir]);
  if (!log) return [];
  const prefix = git(root, ['rev-parse', '--show-prefix'])?.trim() ?? '';
  const relative = prefix ? log.replaceAll(`\t${prefix}`, '\t') : log;
  return parseHistory(relative, dir, boundaries, known);
}
