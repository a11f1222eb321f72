import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { acquireLock } from './build-lock.ts';

const dirs: string[] = [];
const lockIn = () => {
  const dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
  dirs.push(dir);
  return join(dir, 'dist.lock');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('the build lock', () => {
  it('is taken by one build at a time, and released', () => {
    const lock = lockIn();
    const release = acquireLock(lock, 'dist');
    expect(JSON.parse(readFileSync(lock, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    expect(() => acquireLock(lock, 'dist')).toThrow(
      /Another build of dist is running \(process \d+, started .*\)\. Wait for it to finish\. If no build is running, delete .*dist\.lock/,
    );
    release();
    expect(existsSync(lock)).toBe(false);
    acquireLock(lock, 'dist')();
  });

  it('takes over the lock of a build that was killed', () => {
    const lock = lockIn();
    // A process that has exited: its pid is free.
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(lock, JSON.stringify({ pid: Number(gone), host: hostname(), started: '2026-01-01T00:00:00Z' }));
    const release = acquireLock(lock, 'dist');
    expect(JSON.parse(readFileSync(lock, 'utf8')).pid).toBe(process.pid);
    release();
  });

  it('takes over a lock file that cannot be read', () => {
    const lock = lockIn();
    writeFileSync(lock, '{"pid":');
    acquireLock(lock, 'dist')();
  });
});
