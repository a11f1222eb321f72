/**
 * The discovery pages in a real browser, on the fixture catalogue's sub-path build: the cooperation finder
 * gives the entries the open data says the chosen countries share, its state round-trips
 * through the URL, country pages hand over to it, and nothing is requested from another
 * host. Expected results are computed from the built data/catalogue.json.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSite } from '../helpers/site-session.ts';
import { SUB_PATH, fixture } from '../helpers/builds.ts';
import { axeViolations } from '../helpers/axe.ts';

const subBuild = fixture.sub;

interface Exported {
  url: string;
  crimeAreas: string[];
  members: Array<{ country: string; role: string }>;
  relations: Array<{ type: string; target: string }>;
}
const catalogue = JSON.parse(readFileSync(join(subBuild, 'data/catalogue.json'), 'utf8')) as { entries: Exported[] };
/** Paths of the entries that include every one of `countries` and, if given, the crime area. */
const sharedBy = (countries: string[], crime?: string) =>
  catalogue.entries
    .filter((e) => countries.every((c) => e.members.some((m) => m.country === c)) && (!crime || e.crimeAreas.includes(crime)))
    .map((e) => e.url)
    .sort();

const site = useSite(subBuild, SUB_PATH);

/** Waits for the finder's live region to report, then returns the result links' paths, sorted. */
async function finderResults(): Promise<string[]> {
  await site.page.waitForFunction(() => /together|at least/.test(document.querySelector('#status')?.textContent ?? ''));
  const hrefs = await site.page
    .locator('#results tbody th a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.sort();
}

describe('cooperation finder', () => {
  it('lists the entries Albania and Serbia share on money laundering, as the open data has them', async () => {
    const expected = sharedBy(['AL', 'RS'], 'money-laundering-asset-recovery');
    expect(expected.length).toBeGreaterThan(1);
    await site.page.goto(`${site.url}finder/`);
    await site.page.getByLabel('Country 1').selectOption({ label: 'Albania' });
    await site.page.getByLabel('Country 2').selectOption({ label: 'Serbia' });
    await site.page.getByRole('checkbox', { name: 'Money laundering and asset recovery' }).check();
    await site.page.getByRole('button', { name: 'Find shared entries' }).click();
    await site.page.waitForURL(/crime=money-laundering-asset-recovery/);
    expect(await finderResults()).toEqual(expected);
    expect(await site.page.getByRole('status').textContent()).toContain(`${expected.length} entries bring together Albania and Serbia`);
    // One column per chosen country, with its role.
    expect(await site.page.locator('#results thead th').allTextContents()).toEqual(['Entry', 'Albania', 'Serbia']);
    expect(await site.page.locator('#results tbody tr').first().locator('td').allTextContents()).not.toContain('');
  });

  it('keeps its state in the URL, so a result can be shared and reloaded', async () => {
    const url = new URL(site.page.url());
    expect(url.searchParams.getAll('country')).toEqual(['AL', 'RS']);
    expect(url.searchParams.getAll('crime')).toEqual(['money-laundering-asset-recovery']);
    await site.page.goto('about:blank');
    await site.page.goto(url.href);
    expect(await finderResults()).toEqual(sharedBy(['AL', 'RS'], 'money-laundering-asset-recovery'));
    expect(await site.page.getByLabel('Country 2').inputValue()).toBe('RS');
    expect(await site.page.getByRole('checkbox', { name: 'Money laundering and asset recovery' }).isChecked()).toBe(true);
  });

  it('widens when a filter is removed and asks for a second country', async () => {
    await site.page.getByRole('checkbox', { name: 'Money laundering and asset recovery' }).uncheck();
    await site.page.waitForURL((u) => !u.search.includes('crime='));
    expect(await finderResults()).toEqual(sharedBy(['AL', 'RS']));
    await site.page.getByLabel('Country 2').selectOption('');
    await expect.poll(() => site.page.getByRole('status').textContent()).toMatch(/at least 2 countries/);
    expect(await site.page.locator('#results tr').count()).toBe(0);
  });

  it('is reached from a country page with both countries chosen', async () => {
    await site.page.goto(`${site.url}countries/al/`);
    await site.page.getByLabel(/shared with another country/).selectOption({ label: 'Serbia' });
    await site.page.getByRole('button', { name: 'Find shared entries' }).click();
    await site.page.waitForURL(/finder\/\?country=AL&country=RS/);
    expect(await finderResults()).toEqual(sharedBy(['AL', 'RS']));
  });

  it('explains itself and links to the country pages without JavaScript', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const bare = await context.newPage();
    await bare.goto(`${site.url}finder/`);
    expect(await bare.locator('main').textContent()).toMatch(/needs JavaScript/);
    expect(await bare.getByRole('link', { name: 'Albania' }).getAttribute('href')).toBe(`${SUB_PATH}countries/al/`);
    await context.close();
  });
});

/** Countries two exported entries share, by their URLs. */
const sharedCountries = (a: string, b: string) => {
  const [x, y] = [a, b].map((url) => new Set(catalogue.entries.find((e) => e.url === url)!.members.map((m) => m.country)));
  return [...x!].filter((c) => y!.has(c)).length;
};

describe('overlaps', () => {
  it('states, for each pair, the member countries the open data says they share', async () => {
    await site.page.goto(`${site.url}overlaps/`);
    const rows = await site.page.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        links: [...tr.querySelectorAll('th a')].map((a) => new URL((a as HTMLAnchorElement).href).pathname),
        shared: Number(tr.querySelectorAll('td')[0]!.textContent),
      })),
    );
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows) expect(row.shared, row.links.join(' and ')).toBe(sharedCountries(row.links[0]!, row.links[1]!));
    // Strongest first: the first pair shares at least as many as the last.
    expect(rows[0]!.shared).toBeGreaterThanOrEqual(rows.at(-1)!.shared);
  });

  it('lists similar entries on an entry page, each with what it shares', async () => {
    await site.page.goto(`${site.url}networks/atlantic-prosecutors-network/`);
    const items = site.page.getByRole('region', { name: 'Similar entries' }).getByRole('listitem');
    expect(await items.count()).toBeGreaterThanOrEqual(3);
    const first = items.first();
    const href = new URL((await first.getByRole('link').getAttribute('href'))!, site.url).pathname;
    const shared = sharedCountries(href, `${SUB_PATH}networks/atlantic-prosecutors-network/`);
    expect(await first.textContent()).toMatch(new RegExp(`shares (all )?${shared} `));
  });
});

describe('relationships', () => {
  it('draws each relation once and lists the same relations in a table', async () => {
    await site.page.goto(`${site.url}relationships/`);
    // The export holds only the relations each entry states (no derived inverses).
    const stated = catalogue.entries.reduce((n, e) => n + e.relations.length, 0);
    expect(stated).toBeGreaterThan(0);
    expect(await site.page.locator('svg.relation-graph path.edge').count()).toBe(stated);
    expect(await site.page.locator('#relations-table + .table-scroll table tbody tr').count()).toBe(stated);
    // The graph is hidden from assistive technology; its links stay out of the tab order.
    expect(await site.page.locator('svg.relation-graph').getAttribute('aria-hidden')).toBe('true');
    const nodeLinks = await site.page
      .locator('svg.relation-graph a')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('href'), a.getAttribute('tabindex')]));
    const entryUrls = new Set(catalogue.entries.map((e) => e.url));
    for (const [href, tabindex] of nodeLinks) {
      expect(entryUrls.has(href!), href!).toBe(true);
      expect(tabindex).toBe('-1');
    }
  });
});

describe('map', () => {
  it('links each shaded country to its page, with the table giving the open data’s figures', async () => {
    await site.page.goto(`${site.url}map/`);
    const counts = new Map<string, number>();
    for (const e of catalogue.entries) for (const c of new Set(e.members.map((m) => m.country))) counts.set(c, (counts.get(c) ?? 0) + 1);
    const rows = await site.page
      .locator('#map-table + .table-scroll table tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.querySelectorAll('td')[0]!.textContent!, Number(tr.querySelectorAll('td')[1]!.textContent)] as const),
      );
    expect(new Map(rows)).toEqual(counts);
    const links = await site.page
      .locator('svg.world-map a')
      .evaluateAll((as) => as.map((a) => [a.getAttribute('data-code'), a.getAttribute('href')]));
    // Every country of the catalogue that is large enough to draw has its link.
    const drawn = await site.page.locator('svg.world-map path').count();
    expect(drawn).toBeGreaterThan(100);
    expect(links.map(([code]) => code).sort()).toEqual([...counts.keys()].filter((c) => c !== 'LI').sort());
    for (const [code, href] of links) expect(href).toBe(`${SUB_PATH}countries/${code!.toLowerCase()}/`);
    await site.page.locator('svg.world-map a[data-code="KE"] path').click();
    await site.page.waitForURL(`**${SUB_PATH}countries/ke/`);
    expect(await site.page.locator('h1').textContent()).toBe('Kenya');
  });
});

describe('locator maps', () => {
  it('show the country highlighted in its region, described for screen readers', async () => {
    await site.page.goto(`${site.url}countries/al/`);
    const map = site.page.getByRole('img', { name: /Albania and its neighbours/ });
    expect(await map.count()).toBe(1);
    expect(await map.locator('path.highlight').count()).toBe(1);
    expect(await map.locator('path').count()).toBeGreaterThan(3);
  });

  it('are left out for a country too small for the outlines, which the map page lists', async () => {
    await site.page.goto(`${site.url}map/`);
    const small = await site.page.locator('figcaption a[href*="/countries/"]').first().getAttribute('href');
    expect(small).toBeTruthy();
    await site.page.goto(new URL(small!, site.url).href);
    expect(await site.page.locator('svg.locator-map').count()).toBe(0);
  });
});

describe('discovery pages', () => {
  it.each([
    'finder/?country=AL&country=RS&country=KE',
    'overlaps/',
    'relationships/',
    'map/',
    'countries/al/',
    'networks/atlantic-prosecutors-network/',
    '',
  ])('pass axe’s WCAG 2.1 AA rules: /%s', async (path) => {
    await site.page.goto(`${site.url}${path}`);
    if (path.startsWith('finder')) await site.page.waitForSelector('#results table');
    const violations = await axeViolations(site.page, ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
    expect(violations).toEqual([]);
  });

  it('made no request to another host and no error', () => {
    expect(site.foreign).toEqual([]);
    expect(site.problems).toEqual([]);
  });
});
