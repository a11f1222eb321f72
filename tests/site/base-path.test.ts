/**
 * The fixture catalogue's sub-path build served under /cdpc/catalogue/, as on an institutional site: pages,
 * assets, links and the search bundle all load from under the base, with no 404 and no
 * request to any other origin.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site-session.ts';
import { SUB_PATH, fixture } from '../helpers/builds.ts';

const site = useSite(fixture.sub, SUB_PATH);

describe('under a base path', () => {
  it('loads the home page with its stylesheet and follows links to an entry and a country', async () => {
    await site.page.goto(site.url);
    expect(await site.page.title()).toMatch(/Catalogue of international judicial cooperation networks/);
    const sheet = await site.page.evaluate(() => document.styleSheets.length);
    expect(sheet).toBeGreaterThan(0);
    await site.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Networks' }).click();
    await site.page.waitForURL(`**${SUB_PATH}networks/`);
    await site.page.getByRole('link', { name: 'Atlantic Prosecutors Network' }).first().click();
    await site.page.waitForURL(`**${SUB_PATH}networks/atlantic-prosecutors-network/`);
    await site.page.locator('.members a').first().click();
    await site.page.waitForURL(new RegExp(`${SUB_PATH}countries/[a-z]{2}/$`));
    expect(await site.page.locator('h1').textContent()).not.toBe('');
  });

  it('searches with the bundle served from under the base path', async () => {
    await site.page.goto(`${site.url}search/?q=ransomware`);
    await site.page.waitForFunction(() => /found/.test(document.querySelector('#status')?.textContent ?? ''));
    const href = await site.page.locator('#results li h3 a').first().getAttribute('href');
    expect(href).toMatch(new RegExp(`^${SUB_PATH}`));
    await site.page.locator('#results li h3 a').first().click();
    await site.page.waitForURL(new RegExp(`${SUB_PATH}(networks|practices|programmes)/`));
  });

  it('had no failed request and no request to another origin', () => {
    expect(site.problems).toEqual([]);
    expect(site.foreign).toEqual([]);
  });
});
