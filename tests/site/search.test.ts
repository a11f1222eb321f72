/**
 * Search in Chromium against the built fixture catalogue, tested the Pagefind way: for each query
 * and combination of filters, the exact set of result URLs, and an empty console. Filters combine
 * with AND across facets and OR within one; with no words, the filters browse; the state lives in
 * the URL. The fixture (tests/fixtures/catalogue) is small enough to know every answer.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site-session.ts';
import { fixture } from '../helpers/builds.ts';

const site = useSite(fixture.root);

/** Loads the search page with a query string and returns every result's path, sorted. */
async function results(query: string): Promise<string[]> {
  await site.page.goto(`${site.url}search/${query}`);
  await site.page.waitForFunction(() => /found|No entry/.test(document.querySelector('#status')?.textContent ?? ''));
  // Results come a page at a time: show them all.
  while (await site.page.locator('#more').isVisible()) {
    const shown = await site.page.locator('#results li').count();
    await site.page.locator('#more').click();
    await site.page.waitForFunction((n) => document.querySelectorAll('#results li').length > n, shown);
  }
  const hrefs = await site.page
    .locator('#results li h3 a')
    .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
  return hrefs.sort();
}

const ATLANTIC = '/networks/atlantic-prosecutors-network/';
const BALTIC = '/networks/baltic-judges-forum/';
const COASTAL = '/networks/coastal-cybercrime-network/';
const DESERT = '/networks/desert-information-network/';
const EASTERN = '/practices/eastern-police-chiefs/';
const NATIONAL = '/practices/national-coordination-model/';
const WESTERN = '/programmes/western-reform-programme-2009-2011/';

describe('search', () => {
  it.each([
    ['?q=ransomware', [COASTAL]],
    // "prosecution" (the desert network's table) stems as "prosecutors" does.
    ['?q=prosecutors', [ATLANTIC, BALTIC, COASTAL, DESERT, NATIONAL, WESTERN]],
    ['?q=Réseau+atlantique', [ATLANTIC]],
    ['?q=zyzzyva', []],
  ])('finds by words in the text and other names: %s', async (query, expected) => {
    expect(await results(query)).toEqual(expected);
  });

  it.each([
    ['?country=KE', [ATLANTIC, COASTAL, EASTERN]],
    ['?country=KE&country=JP', [ATLANTIC, BALTIC, COASTAL, EASTERN]],
    ['?country=KE&crime=cybercrime', [COASTAL]],
    ['?kind=practices', [EASTERN, NATIONAL]],
    ['?region=africa&kind=networks', [ATLANTIC, COASTAL, DESERT]],
    ['?crime=money-laundering-asset-recovery&country=AL', [ATLANTIC, WESTERN]],
    ['?q=prosecutors&region=africa', [ATLANTIC, COASTAL, DESERT]],
    // The region filter also finds entries by where their members lie: the Baltic forum's member Albania is in South-East Europe.
    ['?q=prosecutors&region=africa&region=south-east-europe', [ATLANTIC, BALTIC, COASTAL, DESERT, WESTERN]],
  ])('browses and narrows with filters (OR within one, AND across): %s', async (query, expected) => {
    expect(await results(query)).toEqual(expected);
  });

  it('keeps the form and the URL in step, so a search can be shared', async () => {
    await results('?q=investigators');
    await site.page.locator('[data-filter-panel] > summary').click();
    await site.page.getByRole('checkbox', { name: /^Kenya/ }).check();
    await site.page.waitForURL(/country=KE/);
    expect(new URL(site.page.url()).searchParams.getAll('country')).toEqual(['KE']);
    await site.page.getByRole('searchbox').fill('phishing');
    await site.page.getByRole('searchbox').press('Enter');
    await site.page.waitForURL(/q=phishing/);
    const shared = site.page.url();
    await site.page.goto('about:blank');
    await site.page.goto(shared);
    await expect.poll(() => site.page.locator('input[name=country][value=KE]').isChecked()).toBe(true);
    expect(await site.page.getByRole('searchbox').inputValue()).toBe('phishing');
    expect(await results(new URL(shared).search)).toEqual([COASTAL]);
  });

  it('ran without console errors or requests to another host', () => {
    expect(site.problems).toEqual([]);
    expect(site.foreign).toEqual([]);
  });
});
