/**
 * An entry prints cleanly: the print stylesheet drops navigation, the correction links and the
 * footer, keeps the site's name (dark on white), the page's address, the entry's text, facts,
 * dates, members and sources, and spells out where external links go.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site-session.ts';
import { fixture } from '../helpers/builds.ts';

const site = useSite(fixture.root);

describe('printing an entry', () => {
  it('keeps the entry and drops the site chrome', async () => {
    await site.page.goto(`${site.url}networks/atlantic-prosecutors-network/`);
    await site.page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header nav', '.site-footer', '.skip-link', '.entry-dates .no-print', '.language-switch']) {
      expect(await site.page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    for (const shown of [
      '.site-name',
      '.print-address',
      'h1',
      '.glance',
      '.entry-body',
      '#members-heading',
      '#sources-heading',
      '#facts-heading',
      '.entry-dates',
    ]) {
      expect(await site.page.locator(shown).first().isVisible(), shown).toBe(true);
    }
    // The site's name is dark on a white page, not white on white.
    const name = await site.page
      .locator('.site-name')
      .evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el.closest('header')!).backgroundColor]);
    expect(name[0]).toBe('rgb(27, 27, 27)');
    expect(name[1]).toMatch(/rgba\(0, 0, 0, 0\)|rgb\(255, 255, 255\)/);
    expect(await site.page.locator('.print-address').innerText()).toBe(
      'https://catalogue.example.org/networks/atlantic-prosecutors-network/',
    );
    expect(await site.page.locator('.entry-dates').innerText()).toMatch(/Facts as of[\s\S]*Last reviewed[\s\S]*Last changed/);
    const after = await site.page
      .locator('.entry-body a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/https?:\/\//);
    const pdf = await site.page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});
