import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contentHistory, parseHistory } from './history.ts';

const log = [
  '@c3 2026-11-20T10:00:00+01:00',
  'M\tsrc/content/networks/carin.md',
  'A\tsrc/content/networks/carin.fr.md',
  'M\tsrc/content/organisations/eu.yaml',
  '@c2 2026-11-20T09:00:00+01:00',
  'A\tsrc/content/programmes/new-one.md',
  'M\tsrc/content/programmes/new-one.md',
  '@c1 2017-02-23T09:00:00+01:00',
  'A\tsrc/content/networks/carin.md',
  'A\tsrc/content/networks/gone.md',
  '',
].join('\n');

describe('change history', () => {
  it('lists by day the entries added and changed, newest first, ignoring translations and organisations', () => {
    expect(parseHistory(log, 'src/content')).toEqual([
      { date: '2026-11-20', added: ['new-one'], changed: ['carin'] },
      { date: '2017-02-23', added: ['carin', 'gone'], changed: [] },
    ]);
  });

  it('leaves out entries that no longer exist and the boundary commit of a shallow clone', () => {
    expect(parseHistory(log, 'src/content', new Set(['c1']), new Set(['carin', 'new-one']))).toEqual([
      { date: '2026-11-20', added: ['new-one'], changed: ['carin'] },
    ]);
  });

  it('is empty, not an error, without a repository', () => {
    expect(contentHistory(mkdtempSync(join(tmpdir(), 'no-git-')), 'src/content', new Set(['carin']))).toEqual([]);
  });
});
