/**
 * axe-core in Debian's Chromium on one page per template and on every entry page, with
 * the WCAG 2.1 A/AA and best-practice rules; then search used with the keyboard alone.
 * axe is injected from node_modules, so nothing is fetched from another host.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/site-session.ts';
import { ROOT, rootBuild } from '../helpers/builds.ts';
import { KINDS } from '../../src/schemas/vocabularies.ts';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/**
 * Rules turned off, each with its reason and a link. Keep this empty unless a rule
 * cannot apply to a static page; fix the page instead.
 */
const DISABLED_RULES: Record<string, { enabled: false }> = {};

const entryPaths = [...KINDS.keys()].flatMap((kind) =>
  readdirSync(join(rootBuild, kind), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => `${kind}/${d.name}/`),
);
const firstOfKind = [...KINDS.keys()].map((kind) => entryPaths.find((p) => p.startsWith(`${kind}/`))!);

/** One page per template; the search page is checked with results showing. */
const TEMPLATES = ['', ...[...KINDS.keys()].map((k) => `${k}/`), ...firstOfKind, 'countries/', 'countries/fr/', 'search/?q=network', 'about/', 'no-such-page/'];

const site = useSite(rootBuild);

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[] }[];
}

/** Runs axe on a loaded page and returns readable violations: rule, impact, elements, help link. */
async function axeViolations(): Promise<string[]> {
  await site.page.addScriptTag({ path: AXE });
  const violations = await site.page.evaluate(
    async ([tags, rules]) => {
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: tags }, rules, resultTypes: ['violations'] })).violations;
    },
    [TAGS, DISABLED_RULES] as const,
  );
  return violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''} — ${v.helpUrl}`);
}

async function open(path: string): Promise<void> {
  await site.page.goto(site.url + path);
  if (path.startsWith('search/')) await site.page.waitForFunction(() => document.querySelectorAll('#results li').length > 0);
}

describe('accessibility (axe-core, WCAG 2.1 AA + best practice)', () => {
  it('finds every entry page to check', () => {
    expect(entryPaths.length).toBeGreaterThan(50);
  });

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

  it('every entry page: no violations', async () => {
    const found: string[] = [];
    for (const path of entryPaths) {
      await open(path);
      for (const v of await axeViolations()) found.push(`/${path}: ${v}`);
    }
    expect(found).toEqual([]);
  });
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
  it('Tab to the box, type, Enter, Tab to a filter, Space toggles it, results update, focus visible throughout', async () => {
    await site.page.goto(`${site.url}search/`);
    await tabTo('#q');
    expect(await focusVisible()).toBe(true);
    await site.page.keyboard.type('network');
    await site.page.keyboard.press('Enter');
    await site.page.waitForURL(/\?q=network/);
    await site.page.waitForFunction(() => /found/.test(document.querySelector('#status')?.textContent ?? ''));
    const before = await site.page.locator('#status').textContent();

    await tabTo('input[type=checkbox]');
    expect(await focusVisible()).toBe(true);
    const box = await site.page.evaluate(() => { const b = document.activeElement as HTMLInputElement; return { name: b.name, value: b.value, checked: b.checked }; });
    expect(box.checked).toBe(false);
    await site.page.keyboard.press('Space');
    await site.page.waitForURL(new RegExp(`${box.name}=${box.value}`));
    expect(await site.page.evaluate(() => (document.activeElement as HTMLInputElement).checked)).toBe(true);
    await site.page.waitForFunction((b) => { const s = document.querySelector('#status')?.textContent ?? ''; return /found|No entry/.test(s) && s !== b; }, before);
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
