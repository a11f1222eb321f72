/**
 * axe-core in Debian's Chromium on one page of every template of the fixture catalogue, with the
 * WCAG 2.1 A/AA and best-practice rules; then search and the finder used with the keyboard alone.
 * Every entry page of the real catalogue is checked by tests/content/accessibility.test.ts.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site-session.ts';
import { fixture } from '../helpers/builds.ts';
import { axeViolations as axeOn } from '../helpers/axe.ts';
import { TEMPLATE_PAGES } from '../helpers/pages.ts';
import { KINDS } from '../../src/schemas/vocabularies.ts';

const entryPaths = [...KINDS.keys()].flatMap((kind) =>
  readdirSync(join(fixture.root, kind), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => `${kind}/${d.name}/`),
);
/**
 * One page per template (an entry of each kind, one in MDX, one shown in English with a notice);
 * search and the finder with results showing; filters open; in both languages.
 */
const TEMPLATES = [
  ...new Set([
    ...TEMPLATE_PAGES.filter((p) => p !== 'search/' && p !== 'finder/'),
    ...[...KINDS.keys()].map((k) => `${k}/`),
    ...entryPaths,
    'search/?q=prosecutors',
    'finder/?country=AL&country=RS',
    'no-such-page/',
  ]),
].flatMap((path) => [path, `fr/${path}`]);

const site = useSite(fixture.root);
const axeViolations = () => axeOn(site.page);

async function open(path: string): Promise<void> {
  await site.page.goto(site.url + path);
  const page = path.replace(/^fr\//, '');
  if (page.startsWith('search/')) {
    await site.page.waitForFunction(() => document.querySelectorAll('#results li').length > 0);
    // With the filter panel open, so its fieldsets, counts and narrowing box are checked too.
    await site.page.locator('[data-filter-panel] > summary').click();
  }
  if (page.startsWith('finder/')) await site.page.waitForSelector('#results table');
}

describe('accessibility of every template (axe-core, WCAG 2.1 AA + best practice)', () => {
  it('reports violations (the harness itself works)', async () => {
    await site.page.setContent('<!DOCTYPE html><html><body><img src="x.png"><input type="text"></body></html>');
    const found = await axeViolations();
    for (const rule of ['image-alt', 'label', 'html-has-lang', 'document-title']) expect(found.join('\n')).toContain(`${rule} (`);
  });

  for (const path of TEMPLATES) {
    it(`template /${path}: no violations`, async () => {
      await open(path);
      expect(await axeViolations()).toEqual([]);
    });
  }
});

/** Whether the focused element shows a focus indicator (an outline that is not "none" or zero). */
async function focusVisible(): Promise<boolean> {
  return site.page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return false;
    const style = getComputedStyle(el);
    return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  });
}

/** Presses Tab until the focused element matches the selector; fails after `limit` presses. */
async function tabTo(selector: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await site.page.keyboard.press('Tab');
    if (await site.page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`${selector} not reached with ${limit} presses of Tab`);
}

describe('search with the keyboard alone', () => {
  it('Tab to the box, type, Enter, Tab to the filters, Enter opens them, Space toggles one, results update, focus visible throughout', async () => {
    await site.page.goto(`${site.url}search/`);
    await tabTo('#q');
    expect(await focusVisible()).toBe(true);
    await site.page.keyboard.type('prosecutors');
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL(/\?q=prosecutors/);
    await site.page.waitForFunction(() => /found/.test(document.querySelector('#status')?.textContent ?? ''));
    const before = await site.page.locator('#status').textContent();

    await tabTo('[data-filter-panel] > summary');
    expect(await focusVisible()).toBe(true);
    await site.page.keyboard.press('Enter');
    await tabTo('input[type=checkbox]');
    expect(await focusVisible()).toBe(true);
    const box = await site.page.evaluate(() => {
      const b = document.activeElement as HTMLInputElement;
      return { name: b.name, value: b.value, checked: b.checked };
    });
    expect(box.checked).toBe(false);
    await site.page.keyboard.press('Space');
    await site.page.waitForURL(new RegExp(`${box.name}=${box.value}`));
    expect(await site.page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    await site.page.waitForFunction((b) => {
      const s = document.querySelector('#status')?.textContent ?? '';
      return /found|No entry/.test(s) && s !== b;
    }, before);
    expect(await site.page.locator('#status').textContent()).not.toBe(before);
    expect(await focusVisible()).toBe(true);
  });
});

describe('finder with the keyboard alone', () => {
  it('Tab to the country choices, pick two by typing, Enter shows the shared entries, focus visible throughout', async () => {
    await site.page.goto(`${site.url}finder/`);
    await tabTo('#country-1');
    expect(await focusVisible()).toBe(true);
    await site.page.keyboard.type('Albania');
    await tabTo('#country-2', 2);
    expect(await focusVisible()).toBe(true);
    await site.page.keyboard.type('Serbia');
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL(/country=AL&country=RS/);
    await site.page.waitForFunction(() => document.querySelectorAll('#results table tbody tr').length > 0);
    expect(await site.page.locator('#status').textContent()).toMatch(/\d/);
    expect(await site.page.locator('#results th[scope=col]').allTextContents()).toEqual(['Entry', 'Albania', 'Serbia']);
  });
});
