import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recoverSwap, swapIn } from './site-swap.ts';

const dirs: string[] = [];
function setUp(sites: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), 'site-swap-'));
  dirs.push(dir);
  for (const [name, marker] of Object.entries(sites)) {
    mkdirSync(join(dir, name));
    writeFileSync(join(dir, name, 'index.html'), marker);
  }
  const at = (name: string) => join(dir, name);
  const marker = (name: string) => (existsSync(at(name)) ? readFileSync(join(at(name), 'index.html'), 'utf8') : undefined);
  return { at, marker };
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('publishing a new site', () => {
  it('replaces dist/ and leaves nothing behind', async () => {
    const s = setUp({ dist: 'old', next: 'new' });
    await swapIn(s.at('next'), s.at('dist'), s.at('previous'));
    expect([s.marker('dist'), s.marker('next'), s.marker('previous')]).toEqual(['new', undefined, undefined]);
  });

  it('restores the previous site when a build stopped between the two renames', () => {
    const s = setUp({ previous: 'old' });
    expect(recoverSwap(s.at('dist'), s.at('previous'))).toBe('restored');
    expect([s.marker('dist'), s.marker('previous')]).toEqual(['old', undefined]);
  });

  it('removes a leftover copy when the new site was already in place', () => {
    const s = setUp({ dist: 'new', previous: 'old' });
    expect(recoverSwap(s.at('dist'), s.at('previous'))).toBe('cleaned');
    expect([s.marker('dist'), s.marker('previous')]).toEqual(['new', undefined]);
  });

  it('does nothing after a clean build', () => {
    const s = setUp({ dist: 'new' });
    expect(recoverSwap(s.at('dist'), s.at('previous'))).toBe('none');
  });
});
