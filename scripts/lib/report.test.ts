import { describe, expect, it } from 'vitest';
import { annotation, formatReport } from './report.ts';

const problem = { file: 'src/content/networks/carin.md', line: 12, field: 'members[0].country', message: 'Unknown country “Austrai”.\nDid you mean “Austria”?', severity: 'error' as const };

describe('validation report', () => {
  it('prints a GitHub annotation pointing at the file and line', () => {
    expect(annotation(problem)).toBe('::error file=src/content/networks/carin.md,line=12,title=members[0].country::Unknown country “Austrai”.%0ADid you mean “Austria”?');
  });

  it('ends with a summary that says how to go on', () => {
    expect(formatReport([problem, { ...problem, severity: 'warning', line: 3 }], 7).split('\n').at(-1)).toBe(
      '✗ 1 error(s) and 1 warning(s) in 7 file(s). Fix the errors above (each says how), then run npm run validate again.',
    );
    expect(formatReport([], 7)).toBe('✓ 7 content file(s) valid.');
  });
});
