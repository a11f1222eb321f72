import { describe, expect, it } from 'vitest';
import { htmlValidity } from './html-validity.ts';
import { fixtureSite, page } from './fixture.ts';

describe('html-validate check', () => {
  it('passes valid markup with the project configuration', async () => {
    const site = fixtureSite({
      'index.html': page(
        'Home',
        '<h1>Home</h1><form action="/search/"><label><input type="checkbox" name="c" value="a"> A</label><label><input type="checkbox" name="c" value="b"> B</label><button type="submit">Search</button></form>',
      ),
    });
    expect(await htmlValidity().run(site)).toEqual([]);
  });

  it('reports invalid markup with the page, line, element and rule', async () => {
    const site = fixtureSite({ 'bad/index.html': page('Bad', '<h1>Bad</h1><img src="x.png"><p id="a">1</p><p id="a">2</p>') });
    const issues = await htmlValidity().run(site);
    const rules = issues.map((i) => /\[([a-z0-9/-]+)\]$/.exec(i.message)?.[1]).sort();
    expect(rules).toEqual(['no-dup-id', 'wcag/h37']);
    expect(issues[0]!.file).toMatch(/^bad\/index\.html:1:\d+$/);
    expect(issues[0]!.fix).toMatch(/html-validate\.org\/rules\//);
  });
});
