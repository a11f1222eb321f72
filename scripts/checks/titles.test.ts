import { describe, expect, it } from 'vitest';
import { titles } from './titles.ts';
import { fixtureSite, page } from './fixture.ts';
import type { Problem } from './types.ts';

const run = (files: Record<string, string>) => titles.run(fixtureSite(files)) as Problem[];

describe('titles check', () => {
  it('accepts distinct titles and one h1 per page', () => {
    expect(run({ 'index.html': page('Home', '<h1>Home</h1>'), 'a/index.html': page('A &amp; B', '<h1>A</h1><h2>x</h2>') })).toEqual([]);
  });

  it('reports every page sharing a title', () => {
    const issues = run({
      'a/index.html': page('Same', '<h1>A</h1>'),
      'b/index.html': page('Same', '<h1>B</h1>'),
      'c/index.html': page('Other', '<h1>C</h1>'),
    });
    expect(issues.map((i) => [i.file, i.message])).toEqual([
      ['a/index.html', 'title shared with b/index.html'],
      ['b/index.html', 'title shared with a/index.html'],
    ]);
  });

  it('reports a page without an h1, a page with two, and an empty title', () => {
    const issues = run({
      'a/index.html': page('A', '<h2>A</h2>'),
      'b/index.html': page('B', '<h1>B</h1><h1>again</h1>'),
      'c/index.html': page('', '<h1>C</h1>'),
    });
    expect(issues.map((i) => [i.file, i.field, i.message])).toEqual([
      ['a/index.html', '<h1>', '0 <h1> elements, expected exactly one'],
      ['b/index.html', '<h1>', '2 <h1> elements, expected exactly one'],
      ['c/index.html', '<title>', 'no <title> text'],
    ]);
  });

  it('ignores <title> elements that label shapes in an inline SVG', () => {
    const svg = '<h1>Map</h1><svg><title>Albania</title><title>Serbia</title></svg>';
    expect(run({ 'map/index.html': page('Map', svg) })).toEqual([]);
  });
});
