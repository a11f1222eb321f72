/**
 * The catalogue as its readers use it, on the fixture catalogue in Chromium: every page fits a
 * 320 px screen, an entry shows on a phone's first screen how current it is and how to reach the
 * body, search finds names first and understands practitioners' abbreviations and typos, the
 * filters stay out of the way on a phone and by keyboard, dates are honest, country pages and
 * the finder say which entries may also concern a country, and someone visibly owns the site.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/site-session.ts';
import { HOST, SUB_PATH, fixture } from '../helpers/builds.ts';
import { exportedEntries, sitePages } from '../helpers/pages.ts';

const site = useSite(fixture.root);

const catalogue = { entries: exportedEntries(fixture.root) };

const PHONE = { width: 390, height: 844 };

async function search(page: Page, query: string, lang = '') {
  await page.goto(`${site.url}${lang}search/${query}`);
  await page.waitForFunction(() => document.querySelector('#results')?.getAttribute('aria-busy') === 'false');
}
const resultPaths = (page: Page) =>
  page.locator('#results li h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));

describe('phones: no page scrolls sideways at 320 px', () => {
  it('every page of the site, and the finder and search with results', async () => {
    await site.page.setViewportSize({ width: 320, height: 640 });
    const paths = [...sitePages(fixture.root), 'finder/?country=AL&country=FR&country=GB&country=KE&country=RS', 'search/?q=prosecutors'];
    const ready: Record<string, string> = { finder: '#results table', search: '#results li' };
    expect(paths.length).toBeGreaterThan(40);
    const wide: string[] = [];
    for (const path of paths) {
      await site.page.goto(site.url + path);
      const wait = path.includes('?') ? ready[path.split('/')[0]!] : undefined;
      if (wait) await site.page.waitForSelector(wait);
      const [scroll, client] = await site.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      if (scroll > client) wide.push(`/${path}: ${scroll} px wide`);
    }
    expect(wide).toEqual([]);
  });

  it('wide tables scroll inside their own named, focusable frame, and long addresses wrap', async () => {
    await site.page.setViewportSize({ width: 320, height: 640 });
    await site.page.goto(`${site.url}networks/desert-information-network/`);
    const frame = site.page.locator('.entry-text .table-scroll');
    expect(await frame.getAttribute('tabindex')).toBe('0');
    expect(await frame.getAttribute('aria-label')).toMatch(/^Member State contact point, /);
    expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await site.page.goto(`${site.url}networks/coastal-cybercrime-network/`);
    const link = site.page.locator('a[href*="final-version-with-annexes"]');
    const box = await link.boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(320);
  });
});

describe('an entry on a phone', () => {
  it('shows its name, summary, how current it is, its status and how to reach it on the first screen', async () => {
    await site.page.setViewportSize(PHONE);
    for (const entry of catalogue.entries) {
      for (const prefix of ['', 'fr/']) {
        await site.page.goto(`${site.url}${prefix}${entry.url.slice(1)}`);
        for (const selector of ['h1', '.lede', '.glance']) {
          const box = await site.page.locator(selector).boundingBox();
          expect(box!.y + box!.height, `${prefix}${entry.id}: ${selector}`).toBeLessThanOrEqual(PHONE.height);
        }
        const glance = await site.page.locator('.glance').innerText();
        expect(glance, entry.id).toMatch(prefix ? /Date des informations/ : /Facts as of/);
        expect(glance, entry.id).toMatch(prefix ? /Comment prendre contact/ : /How to reach it/);
      }
    }
  });

  it('links the website, names the host, or says plainly that the sources give neither', async () => {
    await site.page.goto(`${site.url}networks/atlantic-prosecutors-network/`);
    expect(await site.page.locator('.glance a.website').getAttribute('href')).toBe('https://apn.example.org/');
    await site.page.goto(`${site.url}networks/desert-information-network/`);
    expect(await site.page.locator('.glance .reach dd').innerText()).toBe('The sources give no website or contact route for it.');
  });

  it('puts key facts before the description on a phone, beside it on a desktop, and the caveats after it', async () => {
    const top = (s: string) => site.page.locator(s).evaluate((el) => el.getBoundingClientRect().top);
    const left = (s: string) => site.page.locator(s).evaluate((el) => el.getBoundingClientRect().left);
    await site.page.setViewportSize(PHONE);
    await site.page.goto(`${site.url}networks/atlantic-prosecutors-network/`);
    expect(await top('.entry-facts')).toBeLessThan(await top('.entry-text'));
    expect(await top('.caveats')).toBeGreaterThan(await top('.entry-text'));
    await site.page.setViewportSize({ width: 1280, height: 900 });
    expect(await left('.entry-facts')).toBeGreaterThan(await left('.entry-text'));
  });
});

describe('dates a reader can trust', () => {
  it('shows a programme whose period has ended as ended, and other statuses with the year they were listed', async () => {
    const status = () => site.page.locator('.glance div', { hasText: 'Status' }).locator('dd').innerText();
    await site.page.goto(`${site.url}programmes/western-reform-programme-2009-2011/`);
    expect(await status()).toBe('Ended (its period closed in 2011)');
    await site.page.goto(`${site.url}networks/atlantic-prosecutors-network/`);
    expect(await status()).toBe('Active, as listed in 2017');
  });

  it('gives each entry’s “as of” in lists, search results and country pages', async () => {
    await site.page.goto(`${site.url}networks/`);
    const cards = await site.page.locator('#entry-list > li .asof').allInnerTexts();
    expect(cards.length).toBe(catalogue.entries.filter((e) => e.kind === 'networks').length);
    for (const text of cards) expect(text).toMatch(/^Facts as of /);
    await search(site.page, '?q=prosecutors');
    for (const meta of await site.page.locator('#results li .meta').allInnerTexts()) expect(meta).toMatch(/ · Facts as of /);
    await site.page.goto(`${site.url}countries/ke/`);
    expect(await site.page.locator('th', { hasText: 'Facts as of' }).count()).toBeGreaterThan(0);
  });
});

describe('search finds names first', () => {
  it('puts the entry first for each of its names, acronyms and other names', async () => {
    const misses: string[] = [];
    for (const entry of catalogue.entries) {
      for (const name of [entry.name, entry.acronym, ...entry.alternativeNames].filter((n): n is string => Boolean(n))) {
        await search(site.page, `?q=${encodeURIComponent(name)}`);
        const [first] = await resultPaths(site.page);
        if (first !== entry.url) misses.push(`“${name}” → ${first ?? 'nothing'}, not ${entry.url}`);
      }
    }
    expect(misses).toEqual([]);
  });

  it('spells out practitioners’ abbreviations and says so', async () => {
    await search(site.page, '?q=MLA');
    expect(await resultPaths(site.page)).toContain('/networks/atlantic-prosecutors-network/');
    expect(await site.page.locator('#suggestion').innerText()).toBe('Also searched for “mutual legal assistance”.');
    await search(site.page, '?q=e-evidence');
    expect(await resultPaths(site.page)).toContain('/networks/baltic-judges-forum/');
  });

  it('offers “did you mean” from the catalogue’s own names and words', async () => {
    await search(site.page, '?q=atlantc+prosecutors+netwrok');
    expect(await site.page.locator('#suggestion a').innerText()).toBe('Atlantic Prosecutors Network');
    await site.page.locator('#suggestion a').click();
    await site.page.waitForFunction(() => document.querySelector('#results')?.getAttribute('aria-busy') === 'false');
    expect((await resultPaths(site.page))[0]).toBe('/networks/atlantic-prosecutors-network/');
    await search(site.page, '?q=cybercrme');
    expect(await site.page.locator('#suggestion a').innerText()).toBe('cybercrime');
    await search(site.page, '?q=prosecutors');
    expect(await site.page.locator('#suggestion').isHidden()).toBe(true);
  });

  it('shows excerpts of entry text only, never the page’s labels', async () => {
    await search(site.page, '?q=fixture');
    const excerpts = await site.page.locator('#results li > p:last-child').allInnerTexts();
    expect(excerpts.length).toBeGreaterThan(3);
    for (const text of excerpts) {
      expect(text).not.toMatch(/About these facts|Key facts|Facts as of|Related entries|Similar entries|How to reach it/);
      expect(text).not.toMatch(/^(Network|Programme|Cooperation practice)\b/);
    }
  });

  it('counts what each filter would give, the other filters and the words kept', async () => {
    await search(site.page, '?q=prosecutors');
    await site.page.locator('[data-filter-panel] > summary').click();
    const count = Number(await site.page.locator('[data-count-for="country:KE"]').innerText());
    const before = (await resultPaths(site.page)).length;
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(before);
    await site.page.getByRole('checkbox', { name: /^Kenya/ }).check();
    await site.page.waitForURL(/country=KE/);
    await site.page.waitForFunction(() => document.querySelector('#results')?.getAttribute('aria-busy') === 'false');
    expect((await resultPaths(site.page)).length).toBe(count);
  });
});

describe('filters on a phone and by keyboard', () => {
  it('start collapsed, say how many are chosen, and show them as tags that remove them', async () => {
    await site.page.setViewportSize(PHONE);
    await site.page.goto(`${site.url}networks/?region=europe&country=KE`);
    const panel = site.page.locator('[data-filter-panel]');
    expect(await panel.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await panel.locator('summary').innerText()).toMatch(/Filters\s+2 chosen/);
    expect((await panel.boundingBox())!.height).toBeLessThan(80);
    const firstCard = await site.page.locator('#entry-list > li:not([hidden])').first().boundingBox();
    expect(firstCard!.y).toBeLessThan(PHONE.height);
    const tags = site.page.locator('[data-chosen] button');
    expect(await tags.allInnerTexts()).toEqual(['Europe', 'Kenya']);
    expect(await tags.first().getAttribute('aria-label')).toBe('Remove filter: Region: Europe');
    await tags.first().click();
    await site.page.waitForURL((url) => !url.searchParams.has('region'));
    expect(await tags.allInnerTexts()).toEqual(['Kenya']);
    expect(await site.page.evaluate(() => document.activeElement?.textContent)).toBe('Kenya');
    expect(await panel.locator('summary').innerText()).toMatch(/1 chosen/);
  });

  it('keep the live count in view while the panel is open, and narrow long lists as one types', async () => {
    await site.page.setViewportSize({ width: 390, height: 500 });
    await site.page.goto(`${site.url}search/?q=prosecutors`);
    await site.page.locator('[data-filter-panel] > summary').click();
    const narrow = site.page.locator('[data-facet="country"] [data-option-filter]');
    await narrow.fill('ken');
    const visible = await site.page.locator('[data-facet="country"] label:not([hidden])').allInnerTexts();
    expect(visible.map((t) => t.replace(/\s*\(\d+\)$/, '').trim())).toEqual(['Kenya']);
    await site.page.getByRole('checkbox', { name: /^Kenya/ }).check();
    await site.page.waitForFunction(() => /\d+ shown/.test(document.querySelector('[data-live-count]')?.textContent ?? ''));
    const live = await site.page.locator('[data-live-count]').boundingBox();
    expect(live!.y + live!.height).toBeLessThanOrEqual(500);
    expect(live!.y).toBeGreaterThanOrEqual(0);
    // "Show results" closes the panel and takes the reader to the results.
    await site.page.getByRole('button', { name: 'Show results' }).click();
    expect(await site.page.locator('[data-filter-panel]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await site.page.evaluate(() => document.activeElement?.id)).toBe('results-heading');
  });

  it('reach the first result from the search box in at most 15 presses of Tab, one filter applied', async () => {
    await site.page.setViewportSize(PHONE);
    await search(site.page, '?q=prosecutors&country=KE');
    await site.page.locator('#q').focus();
    let presses = 0;
    while (presses < 40) {
      await site.page.keyboard.press('Tab');
      presses++;
      if (await site.page.evaluate(() => document.activeElement === document.querySelector('#results li a'))) break;
    }
    expect(presses).toBeLessThanOrEqual(15);
    const skip = site.page.locator('.skip-results a');
    expect(await skip.getAttribute('href')).toBe('#results-heading');
  });
});

describe('entries with no member list', () => {
  it('appear apart on a country page, as entries that may also concern it', async () => {
    await site.page.goto(`${site.url}countries/ke/`);
    const section = site.page.locator('.may-concern');
    expect(await section.locator('h2').innerText()).toBe('Entries that may also concern Kenya');
    expect(await section.locator('tbody a').allInnerTexts()).toEqual(['Desert Information Network', 'National Coordination Model']);
    // Those that list Kenya are not repeated there.
    expect(await section.innerText()).not.toMatch(/Atlantic/);
  });

  it('appear apart in the finder, when their regions cover every chosen country', async () => {
    await site.page.goto(`${site.url}finder/?country=KE&country=TZ`);
    await site.page.waitForSelector('#also:not([hidden])');
    expect(await site.page.locator('#also a').allInnerTexts()).toEqual(['Desert Information Network', 'National Coordination Model']);
    expect(await site.page.locator('#results tbody th a').allInnerTexts()).toEqual([
      'Coastal Cybercrime Network',
      'Eastern Police Chiefs Organisation (EPCO)',
    ]);
  });

  it('a region filter says what it matches, and matches where the members are', async () => {
    await site.page.goto(`${site.url}networks/`);
    expect(await site.page.locator('[data-facet="region"] .facet-help').textContent()).toMatch(/where its member countries lie/);
    // Desert Information Network lists Africa; Atlantic Prosecutors Network lists Europe and Africa
    // but also has members in South-East Europe (Albania, Serbia), so "South-East Europe" finds it.
    await site.page.goto(`${site.url}networks/?region=south-east-europe`);
    await expect
      .poll(() =>
        site.page.locator('#entry-list > li:not([hidden])').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['id'])),
      )
      .toContain('atlantic-prosecutors-network');
  });
});

describe('who runs the site', () => {
  it('says in the footer who maintains it, how current it is and how to report an error', async () => {
    await site.page.goto(`${site.url}networks/`);
    const footer = await site.page.locator('.site-footer .owner').innerText();
    expect(footer).toMatch(
      /^Maintained by the catalogue’s maintainers\. Catalogue last updated \d{1,2} \w+ \d{4}\. How to report an error$/,
    );
    await site.page.goto(`${site.url}about/`);
    for (const id of ['maintainers', 'corrections', 'accessibility']) expect(await site.page.locator(`#${id}`).count(), id).toBe(1);
    await site.page.goto(`${site.url}accessibility/`);
    const headings = await site.page.locator('h2').evaluateAll((hs) => hs.map((h) => h.id));
    expect(headings).toEqual(expect.arrayContaining(['status', 'preparation', 'not-in-scope', 'feedback', 'enforcement']));
    await site.page.goto(`${site.url}404.html`);
    expect(await site.page.locator('main').innerText()).toMatch(/If a link on this site brought you here, please tell us\./);
  });

  it('uses the host’s name and e-mail address when the host sets them, with no account needed', async () => {
    const hosted = useSiteFor(fixture.sub);
    const page = await hosted.open('networks/atlantic-prosecutors-network/');
    const owner = await page.locator('.site-footer .owner').innerText();
    expect(owner).toMatch(new RegExp(`^Maintained by ${HOST.PUBLISHER_NAME}\\.`));
    const report = page.locator('a', { hasText: 'Report an error by e-mail' });
    const mailto = new URL((await report.getAttribute('href'))!);
    expect(mailto.protocol).toBe('mailto:');
    expect(mailto.pathname).toBe(HOST.CONTACT_EMAIL);
    expect(mailto.searchParams.get('subject')).toBe('Correction: Atlantic Prosecutors Network');
    expect(mailto.searchParams.get('body')).toContain(`${SUB_PATH}networks/atlantic-prosecutors-network/`);
    await hosted.close();
  });
});

/** A second site, served for one test (the sub-path build, with the host's settings). */
function useSiteFor(root: string) {
  let server: Awaited<ReturnType<typeof import('../../scripts/lib/static-server.ts').serveStatic>> | undefined;
  return {
    async open(path: string) {
      const { serveStatic } = await import('../../scripts/lib/static-server.ts');
      server = await serveStatic(root, SUB_PATH);
      const page = await site.browser.newPage();
      await page.goto(server.url + path);
      return page;
    },
    async close() {
      await server?.close();
    },
  };
}

describe('console', () => {
  it('ran without console errors or requests to another host', () => {
    expect(site.problems).toEqual([]);
    expect(site.foreign).toEqual([]);
  });
});
