import { afterEach, describe, expect, it, vi } from 'vitest';
import { annotate, formatReport, inWorkflow } from './report.ts';

const problem = {
  file: 'src/content/networks/carin.md',
  line: 12,
  field: 'members[0].country',
  message: 'Unknown country “Austrai”.\nDid you mean “Austria”? 50%',
  severity: 'error' as const,
};

/** What a function writes to standard output (where @actions/core writes workflow commands). */
function printed(run: () => void): string {
  const writes: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
    writes.push(String(chunk));
    return true;
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return writes.join('');
}

describe('validation report', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints a GitHub annotation pointing at the file and line, escaped by @actions/core', () => {
    expect(printed(() => annotate(problem)).trim()).toBe(
      '::error title=members[0].country,file=src/content/networks/carin.md,line=12::Unknown country “Austrai”.%0ADid you mean “Austria”? 50%25',
    );
    expect(printed(() => annotate({ ...problem, severity: 'warning' }, {})).trim()).toMatch(/^::warning title=members\[0\]\.country::/);
  });

  it('knows when it runs in a workflow', () => {
    expect(inWorkflow({ GITHUB_ACTIONS: 'true' })).toBe(true);
    expect(inWorkflow({ CI: 'true' })).toBe(false);
  });

  it('ends with a summary that says how to go on', () => {
    expect(
      formatReport([problem, { ...problem, severity: 'warning', line: 3 }], 7)
        .split('\n')
        .at(-1),
    ).toBe('✗ 1 error(s) and 1 warning(s) in 7 file(s). Fix the errors above (each says how), then run npm run validate again.');
    expect(formatReport([], 7)).toBe('✓ 7 content file(s) valid.');
  });
});
