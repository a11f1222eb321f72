/** The post-build checks, in the order the runner reports them. */
import { links } from './links.ts';
import { titles } from './titles.ts';
import { htmlValidity } from './html-validity.ts';
import { pageWeight } from './page-weight.ts';
import { safety } from './safety.ts';
import type { Check, Problem, Site } from './types.ts';

export function allChecks(): Check[] {
  return [links, titles, safety, htmlValidity(), pageWeight()];
}

export async function runChecks(site: Site, checks: Check[] = allChecks()): Promise<Map<string, Problem[]>> {
  const results = new Map<string, Problem[]>();
  for (const check of checks) results.set(check.name, await check.run(site));
  return results;
}

export function formatIssue(i: Problem): string {
  return `✗ ${i.file}  ${i.field}\n    ${i.message}\n    fix: ${i.fix}`;
}

export function formatSummary(results: Map<string, Problem[]>, pages: number): string {
  const lines: string[] = [];
  let total = 0;
  for (const [name, issues] of results) {
    total += issues.length;
    if (issues.length) lines.push(`\n── ${name}: ${issues.length} issue(s)`, ...issues.map(formatIssue));
  }
  lines.push('');
  for (const [name, issues] of results)
    lines.push(`${issues.length ? '✗' : '✓'} ${name}: ${issues.length ? `${issues.length} issue(s)` : 'ok'}`);
  lines.push(
    total
      ? `\n${total} issue(s) in ${pages} page(s). Each says how to fix it; rebuild and run the check again.`
      : `\nAll checks passed on ${pages} page(s).`,
  );
  return lines.join('\n');
}
