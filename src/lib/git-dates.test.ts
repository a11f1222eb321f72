/**
 * Last-change dates come from git, and a shallow clone must not pass off the clone's
 * boundary commit as every file's last change (the page then falls back to the reviewed date).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastChangeDates } from './git-dates.ts';

let dir: string;
const git = (cwd: string, args: string[], date?: string) =>
  execFileSync('git', args, {
    cwd,
    stdio: 'pipe',
    env: {
      ...process.env,
      GIT_AUTHOR_DATE: date,
      GIT_COMMITTER_DATE: date,
      GIT_AUTHOR_NAME: 't',
      GIT_AUTHOR_EMAIL: 't@example.org',
      GIT_COMMITTER_NAME: 't',
      GIT_COMMITTER_EMAIL: 't@example.org',
    },
  });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'catalogue-git-'));
  const repo = join(dir, 'repo');
  mkdirSync(join(repo, 'src/content/networks'), { recursive: true });
  git(repo, ['init', '-q', '-b', 'main']);
  writeFileSync(join(repo, 'src/content/networks/old.md'), 'old');
  writeFileSync(join(repo, 'src/content/networks/changed.md'), 'v1');
  git(repo, ['add', '.']);
  git(repo, ['commit', '-qm', 'first'], '2020-01-02T10:00:00Z');
  writeFileSync(join(repo, 'src/content/networks/changed.md'), 'v2');
  git(repo, ['commit', '-qam', 'second'], '2024-05-06T10:00:00Z');
  git(dir, ['clone', '-q', '--depth', '1', `file://${repo}`, 'shallow']);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('last change dates from git', () => {
  it('gives each file the date of the last commit that touched it', () => {
    const dates = lastChangeDates(join(dir, 'repo'));
    expect(dates.get('src/content/networks/changed.md')).toBe('2024-05-06');
    expect(dates.get('src/content/networks/old.md')).toBe('2020-01-02');
  });

  it('gives no date in a shallow clone where the history is cut off', () => {
    const dates = lastChangeDates(join(dir, 'shallow'));
    expect(dates.has('src/content/networks/old.md')).toBe(false);
    expect(dates.has('src/content/networks/changed.md')).toBe(false);
  });

  it('gives no date outside a git checkout', () => {
    expect(lastChangeDates(tmpdir()).size).toBe(0);
  });
});
