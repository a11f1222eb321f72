/**
 * An entry prints cleanly: the print stylesheet drops navigation, the correction panel and
 * the footer, keeps the entry's text, facts, members and sources, and spells out where
 * external links go.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site-session.ts';
import { fixture } from '../helpers/builds.ts';

const site = useSite(fixture.root);

describe('printing an entry', () => {
  it('keeps the entry and drops the site chrome', async () => {
    await site.page.goto(`${site.url}networks/atlantic-prosecutors-network/`);
    await site.page.emulateMedia({ media: 'print' });
    for (const hidden of ['.site-header nav', '.site-footer', '.skip-link', 'section.no-print']) {
      expect(await site.page.locator(hidden).first().isVisible(), hidden).toBe(false);
    }
    for (const shown of ['h1', '.entry-body', '#members-heading', '#sources-heading', '#facts-heading']) {
      expect(await site.page.locator(shown).first().isVisible(), shown).toBe(true);
    }
    const after = await site.page
      .locator('.entry-body a[href^="http"]')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/https?:\/\//);
    const pdf = await site.page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});
