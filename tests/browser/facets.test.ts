/**
 * Faceted browsing on the list pages, in Chromium against the built site. Expected sets are
 * computed from the published data (data/catalogue.json), not written by hand.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSite } from '../helpers/site-session.ts';
import { rootBuild } from '../helpers/builds.ts';

interface Record {
  id: string;
  kind: string;
  regions: string[];
  crimeAreas: string[];
  members: Array<{ country: string; role: string }>;
}
const { entries } = JSON.parse(readFileSync(join(rootBuild, 'data/catalogue.json'), 'utf8')) as { entries: Record[] };
const networks = entries.filter((e) => e.kind === 'networks');
const expected = (pred: (e: Record) => boolean) => networks.filter(pred).map((e) => e.id).sort();

const site = useSite(rootBuild);

const visibleIds = () => site.page.locator('#entry-list > li:not([hidden])').evaluateAll((lis) => lis.map((li) => (li as HTMLElement).dataset.id!).sort());

describe('list facets', () => {
  it('filters by a country in a role, from a shared URL', async () => {
    await site.page.goto(`${site.url}networks/?country=AL&role=member`);
    await expect.poll(visibleIds).toEqual(expected((e) => e.members.some((m) => m.country === 'AL' && m.role === 'member')));
    expect(await site.page.locator('#facet-status').textContent()).toMatch(/^Showing \d+ of 38 networks\.$/);
  });

  it('widens with a second value of one facet and narrows with another facet', async () => {
    await site.page.goto(`${site.url}networks/?country=AL`);
    const albania = expected((e) => e.members.some((m) => m.country === 'AL'));
    await expect.poll(visibleIds).toEqual(albania);
    await site.page.getByRole('checkbox', { name: /^Japan/ }).check();
    const either = expected((e) => e.members.some((m) => m.country === 'AL' || m.country === 'JP'));
    await expect.poll(visibleIds).toEqual(either);
    expect(either.length).toBeGreaterThan(albania.length);
    expect(new URL(site.page.url()).searchParams.getAll('country')).toEqual(['AL', 'JP']);
    await site.page.getByRole('checkbox', { name: /^Money laundering/ }).check();
    await expect.poll(visibleIds).toEqual(
      expected((e) => e.members.some((m) => m.country === 'AL' || m.country === 'JP') && e.crimeAreas.includes('money-laundering-asset-recovery')),
    );
  });

  it('shows the full list, without the facet form, when JavaScript is off', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(`${site.url}networks/?country=AL`);
    expect(await noJs.locator('#entry-list > li').count()).toBe(networks.length);
    expect(await noJs.locator('#facets').isVisible()).toBe(false);
    await context.close();
  });
});
