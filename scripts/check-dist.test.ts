import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { fixtureSite, page } from './checks/fixture.ts';

function runCheck(dir: string, ...args: string[]): { code: number; out: string } {
  return runCheckWith({ ...process.env, GITHUB_ACTIONS: '' }, dir, ...args);
}

function runCheckWith(env: NodeJS.ProcessEnv, dir: string, ...args: string[]): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, ['scripts/check-dist.ts', dir, ...args], { encoding: 'utf8', env }) };
  } catch (e) {
    const err = e as { status: number; stdout: string };
    return { code: err.status, out: err.stdout };
  }
}

describe('check-dist runner', () => {
  const good = page('Home', '<h1>Home</h1><a href="/cdpc/about/">About</a>');
  it('exits 0 and says so when every check passes under the given base', () => {
    const site = fixtureSite({ 'index.html': good, 'about/index.html': page('About', '<h1>About</h1>') }, '/cdpc/');
    const { code, out } = runCheck(site.dir, '--base', '/cdpc/');
    expect(out).toMatch(/All checks passed on 2 page\(s\)/);
    expect(code).toBe(0);
  });

  it('exits 1 with each issue and a summary per check', () => {
    const site = fixtureSite({ 'index.html': good, 'about/index.html': page('Home', '<h1>About</h1>') });
    const { code, out } = runCheck(site.dir);
    expect(code).toBe(1);
    expect(out).toContain('✗ index.html  <a href="/cdpc/about/">');
    expect(out).toContain('✗ links: 1 issue(s)');
    expect(out).toContain('✗ titles: 2 issue(s)');
    expect(out).toContain('✓ html-validate: ok');
    expect(out).toMatch(/3 issue\(s\) in 2 page\(s\)/);
  });

  it('also prints each issue as a GitHub annotation inside a GitHub workflow, and only there', () => {
    const site = fixtureSite({ 'index.html': good, 'about/index.html': page('About', '<h1>About</h1>') });
    const inWorkflow = runCheckWith({ ...process.env, GITHUB_ACTIONS: 'true' }, site.dir);
    expect(inWorkflow.code).toBe(1);
    expect(inWorkflow.out).toContain('::error title=links%3A index.html::<a href="/cdpc/about/">');
    expect(runCheck(site.dir).out).not.toContain('::error');
  });
});
