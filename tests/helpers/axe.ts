/**
 * axe-core in a page, injected from node_modules (nothing fetched from another host), with the
 * WCAG 2.1 A/AA and best-practice rules. Returns readable violations: rule, impact, elements, help.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ROOT } from './builds.ts';

const AXE = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
/**
 * Rules turned off, each with its reason and a link. Keep this empty unless a rule cannot apply
 * to a static page; fix the page instead.
 */
export const DISABLED_RULES: Record<string, { enabled: false }> = {};

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: string[] }[];
}

export async function axeViolations(page: Page, tags: string[] = AXE_TAGS): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(
    async ([runTags, rules]) => {
      const axe = (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: Violation[] }> } }).axe;
      return (await axe.run(document, { runOnly: { type: 'tag', values: runTags }, rules, resultTypes: ['violations'] })).violations;
    },
    [tags, DISABLED_RULES] as const,
  );
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join(', ')}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''} — ${v.helpUrl}`,
  );
}
