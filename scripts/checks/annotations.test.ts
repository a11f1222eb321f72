import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { annotateProblem, lineOf, sourceOf } from './annotations.ts';

function printed(run: () => void): string {
  const writes: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (writes.push(String(chunk)), true));
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return writes.join('').trim();
}

const root = mkdtempSync(join(tmpdir(), 'check-annotations-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
mkdirSync(join(root, 'src/content/networks'), { recursive: true });
mkdirSync(join(root, 'src/content/practices'), { recursive: true });
writeFileSync(
  join(root, 'src/content/networks/carin.md'),
  '---\nname: CARIN\n---\n\nIntro.\n\nSee [the other one](/networks/missing/) too.\n',
);
writeFileSync(join(root, 'src/content/practices/jit.mdx'), '---\nname: JIT\n---\n\nBody.\n');

describe('post-build annotations', () => {
  it('find the content file behind an entry page, Markdown or MDX, and nothing for other pages', () => {
    expect(sourceOf('networks/carin/index.html', root)).toBe('src/content/networks/carin.md');
    expect(sourceOf('practices/jit/index.html', root)).toBe('src/content/practices/jit.mdx');
    expect(sourceOf('networks/index.html', root)).toBeUndefined();
    expect(sourceOf('countries/al/index.html', root)).toBeUndefined();
    expect(sourceOf('networks/gone/index.html', root)).toBeUndefined();
  });

  it('find the line of a link as written in Markdown, with or without the base path', () => {
    const text = '---\nname: x\n---\n\nA [link](/networks/missing/).\n';
    expect(lineOf(text, '<a href="/networks/missing/">', '/')).toBe(5);
    expect(lineOf(text, '<a href="/cdpc/catalogue/networks/missing/">', '/cdpc/catalogue/')).toBe(5);
    expect(lineOf(text, '<a href="/networks/elsewhere/">', '/')).toBeUndefined();
  });

  it('print a GitHub annotation on the entry line, or without a file for a template page', () => {
    const problem = {
      check: 'links',
      file: 'networks/carin/index.html',
      field: '<a href="/cdpc/networks/missing/">',
      message: 'No page at /cdpc/networks/missing/',
      fix: 'Link to an existing entry, e.g. 50% of them',
      severity: 'error' as const,
    };
    expect(printed(() => annotateProblem(problem, root, '/cdpc/'))).toBe(
      '::error title=links%3A networks/carin/index.html,file=src/content/networks/carin.md,line=7::<a href="/cdpc/networks/missing/"> — No page at /cdpc/networks/missing/. Fix: Link to an existing entry, e.g. 50%25 of them',
    );
    expect(printed(() => annotateProblem({ ...problem, file: 'about/index.html' }, root, '/cdpc/'))).toMatch(
      /^::error title=links%3A about\/index\.html::/,
    );
  });
});
