/**
 * Search in a real browser against the built site: Pagefind loads from the site's own
 * origin, queries find entries, filters narrow (AND across facets) and widen (OR within
 * one facet), browse mode works with no query, and the state lives in the URL.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site-session.ts';
import { rootBuild } from '../helpers/builds.ts';

const site = useSite(rootBuild);

/** Loads the search page with a query string and returns the result titles, sorted. */
async function results(query: string): Promise<string[]> {
  await site.page.goto(`${site.url}search/${query}`);
  await site.page.waitForFunction(() => /found|No entry/.test(document.querySelector('#status')?.textContent ?? ''));
  await site.page.waitForFunction(() => document.querySelectorAll('#results li').length > 0 || /No entry/.test(document.querySelector('#status')!.textContent!));
  // Results come a page at a time: show them all, so the comparisons below see every result.
  while (await site.page.locator('#more').isVisible()) {
    const shown = await site.page.locator('#results li').count();
    await site.page.locator('#more').click();
    await site.page.waitForFunction((n) => document.querySelectorAll('#results li').length > n, shown);
  }
  return (await site.page.locator('#results li h3').allTextContents()).sort();
}

/** Result URLs' paths, sorted. */
async function resultPaths(): Promise<string[]> {
  const hrefs = await site.page.locator('#results li h3 a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.sort();
}

describe('search', () => {
  it('finds an entry by name', async () => {
    const titles = await results('?q=IberRed');
    expect(titles[0]).toMatch(/IberRed/);
    expect(await resultPaths()).toContain('/networks/iberred/');
  });

  it('narrows with a country filter and widens with a second value of the same filter', async () => {
    const all = await results('?q=network');
    const albania = await results('?q=network&country=AL');
    const albaniaOrJapan = await results('?q=network&country=AL&country=JP');
    expect(albania.length).toBeGreaterThan(0);
    expect(albania.length).toBeLessThan(all.length);
    expect(albaniaOrJapan.length).toBeGreaterThan(albania.length);
    for (const title of albania) expect(albaniaOrJapan).toContain(title);
  });

  it('combines different filters with AND and browses without a query', async () => {
    const albania = await results('?country=AL');
    const albaniaMoney = await results('?country=AL&crime=money-laundering-asset-recovery');
    expect(albania.length).toBeGreaterThan(albaniaMoney.length);
    expect(albaniaMoney.length).toBeGreaterThan(0);
    expect(await resultPaths()).toContain('/networks/carin/');
  });

  it('keeps the form and the URL in step, so a search can be shared', async () => {
    await results('?q=asset');
    await site.page.getByRole('checkbox', { name: 'Albania' }).check();
    await site.page.waitForURL(/country=AL/);
    expect(new URL(site.page.url()).searchParams.getAll('country')).toEqual(['AL']);
    await site.page.getByRole('searchbox').fill('confiscation');
    await site.page.getByRole('searchbox').press('Enter');
    await site.page.waitForURL(/q=confiscation/);
    const shared = site.page.url();
    await site.page.goto('about:blank');
    await site.page.goto(shared);
    await expect.poll(() => site.page.getByRole('checkbox', { name: 'Albania' }).isChecked()).toBe(true);
    expect(await site.page.getByRole('searchbox').inputValue()).toBe('confiscation');
  });

  it('ran without console errors', () => {
    expect(site.problems).toEqual([]);
  });
});
