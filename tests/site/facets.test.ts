/**
 * Faceted browsing on the list pages of the fixture catalogue, in Chromium: OR within a facet,
 * AND across facets, a country in a role, the state in the URL, and the full list without
 * JavaScript. The fixture (tests/fixtures/catalogue) is small enough to know every answer.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site-session.ts';
import { fixture } from '../helpers/builds.ts';

const site = useSite(fixture.root);

const visibleIds = () =>
  site.page.locator('#entry-list > li:not([hidden])').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset['id']!).sort());

describe('list facets', () => {
  it('filters by a country in a role, from a shared URL', async () => {
    await site.page.goto(`${site.url}networks/?country=AL&role=member`);
    await expect.poll(visibleIds).toEqual(['atlantic-prosecutors-network']);
    expect(await site.page.locator('#facet-status').textContent()).toBe('Showing 1 of 4 networks.');
    await site.page.goto(`${site.url}networks/?country=AL`);
    await expect.poll(visibleIds).toEqual(['atlantic-prosecutors-network', 'baltic-judges-forum']);
  });

  it('widens with a second value of one facet and narrows with another facet', async () => {
    await site.page.goto(`${site.url}networks/?country=KE`);
    await expect.poll(visibleIds).toEqual(['atlantic-prosecutors-network', 'coastal-cybercrime-network']);
    await site.page.locator('[data-filter-panel] > summary').click();
    await site.page.getByRole('checkbox', { name: /^Japan/ }).check();
    await expect.poll(visibleIds).toEqual(['atlantic-prosecutors-network', 'baltic-judges-forum', 'coastal-cybercrime-network']);
    // The URL follows the form, where countries come in alphabetical order.
    expect(new URL(site.page.url()).searchParams.getAll('country')).toEqual(['JP', 'KE']);
    await site.page.getByRole('checkbox', { name: /^Cybercrime/ }).check();
    await expect.poll(visibleIds).toEqual(['baltic-judges-forum', 'coastal-cybercrime-network']);
    // Each count says what adding that value would give.
    expect(await site.page.locator('[data-count-for="status:inactive"]').textContent()).toBe('1');
  });

  it('shows the full list, without the facet form, when JavaScript is off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.url}networks/?country=AL`);
    expect(await noJs.locator('#entry-list > li').count()).toBe(4);
    expect(await noJs.locator('#facets').isVisible()).toBe(false);
    await context.close();
  });

  it('ran without console errors or requests to another host', () => {
    expect(site.problems).toEqual([]);
    expect(site.foreign).toEqual([]);
  });
});
