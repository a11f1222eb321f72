/**
 * Prints problems for people and, in a GitHub workflow, as annotations (@actions/core writes and
 * escapes the workflow commands), so each shows on the pull request's diff at its file and line.
 */
import { error as annotateError, warning as annotateWarning } from '@actions/core';
import type { Problem } from '../../src/lib/problem.ts';

export function formatProblem(p: Problem): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}`;
  return `${p.severity === 'error' ? 'error' : 'warning'}  ${where}${p.field ? `  ${p.field}` : ''}\n    ${p.message}${p.fix ? `\n    fix: ${p.fix}` : ''}`;
}

/** True when running as a GitHub workflow step, where annotations show on the pull request. */
export const inWorkflow = (env: Record<string, string | undefined> = process.env) => env.GITHUB_ACTIONS === 'true';

/**
 * One workflow annotation for a problem. `at` may point it elsewhere than the problem's own file
 * (a built page's problem at the entry's Markdown line).
 */
export function annotate(p: Problem, at: { file?: string | undefined; line?: number | undefined } = { file: p.file, line: p.line }): void {
  const message = `${p.field && p.check ? `${p.field} — ` : ''}${p.message}${p.fix ? `. Fix: ${p.fix}` : ''}`;
  const title = p.check ? `${p.check}: ${p.file}` : p.field || 'content';
  (p.severity === 'error' ? annotateError : annotateWarning)(message, {
    title,
    ...(at.file ? { file: at.file } : {}),
    ...(at.line ? { startLine: at.line } : {}),
  });
}

export function formatReport(problems: Problem[], files: number): string {
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const sorted = [...errors, ...warnings].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  const lines = sorted.map(formatProblem);
  lines.push(
    errors.length
      ? `\n✗ ${errors.length} error(s) and ${warnings.length} warning(s) in ${files} file(s). Fix the errors above (each says how), then run npm run validate again.`
      : `✓ ${files} content file(s) valid${warnings.length ? `, ${warnings.length} warning(s) to look at` : ''}.`,
  );
  return lines.join('\n');
}
