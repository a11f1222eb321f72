import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLinks, paths } from './urls.ts';

const config = { site: 'https://www.coe.int', repository: 'https://github.com/org/repo', branch: 'release' };

describe('site URLs', () => {
  it.each([
    ['/', '/networks/carin/', '/fr/networks/carin/', 'https://www.coe.int/search/?kind=networks&crime=a&crime=b'],
    [
      '/cdpc/catalogue/',
      '/cdpc/catalogue/networks/carin/',
      '/cdpc/catalogue/fr/networks/carin/',
      'https://www.coe.int/cdpc/catalogue/search/?kind=networks&crime=a&crime=b',
    ],
  ])('put the base path %s in front of every page, in every language', (base, entry, entryFr, search) => {
    const links = createLinks({ ...config, base });
    expect(links.href(paths.entry('networks', 'carin'))).toBe(entry);
    expect(links.href(paths.entry('networks', 'carin', 'fr'))).toBe(entryFr);
    expect(links.absolute(paths.search({ kind: 'networks', crime: ['a', 'b'], empty: undefined }))).toBe(search);
    expect(links.href(paths.home())).toBe(base);
    expect(links.href(paths.home('fr'))).toBe(`${base}fr/`);
    expect(links.href(paths.file('data/catalogue.json'))).toBe(`${base}data/catalogue.json`);
  });

  it('name every kind of page', () => {
    expect([
      paths.kind('practices'),
      paths.countries('fr'),
      paths.country('XK'),
      paths.finder({ country: ['AL', 'RS'] }),
      paths.map(),
      paths.relationships('fr'),
      paths.overlaps(),
      paths.about('open-data'),
      paths.about(undefined, 'fr'),
      paths.feed('fr'),
    ]).toEqual([
      'practices/',
      'fr/countries/',
      'countries/xk/',
      'finder/?country=AL&country=RS',
      'map/',
      'fr/relationships/',
      'overlaps/',
      'about/#open-data',
      'fr/about/',
      'fr/feed.xml',
    ]);
  });

  it('link to the repository on the configured branch', () => {
    const links = createLinks({ ...config, base: '/' });
    expect(links.editFile('src/content/networks/carin.md')).toBe('https://github.com/org/repo/edit/release/src/content/networks/carin.md');
    expect(links.suggestCorrection({ name: 'CARIN & co', filePath: 'src/content/networks/carin.md' })).toBe(
      'https://github.com/org/repo/issues/new?template=report-outdated.yml&title=Correction%3A%20CARIN%20%26%20co&entry=CARIN%20%26%20co%20(src%2Fcontent%2Fnetworks%2Fcarin.md)',
    );
  });
});

describe('the configured links', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('take the base path Astro resolved, and the repository and branch from the environment', async () => {
    vi.stubEnv('BASE_URL', '/cdpc/catalogue/');
    vi.stubEnv('REPOSITORY_URL', 'https://gitlab.example.org/coe/catalogue/');
    vi.stubEnv('REPOSITORY_BRANCH', 'production');
    vi.resetModules();
    const { href, links } = await import('./urls.ts');
    expect(href('networks/carin/')).toBe('/cdpc/catalogue/networks/carin/');
    expect(links.editFile('x.md')).toBe('https://gitlab.example.org/coe/catalogue/edit/production/x.md');
  });
});
