/** Prints validation problems for people and, under GitHub Actions, as annotations. */
import type { Problem } from './validate-content.ts';

export function formatProblem(p: Problem): string {
  const where = `${p.file}${p.line ? `:${p.line}` : ''}`;
  return `${p.severity === 'error' ? 'error' : 'warning'}  ${where}${p.field ? `  ${p.field}` : ''}\n    ${p.message}`;
}

/** Escaping for a GitHub workflow command's message. */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
/** Escaping for a workflow command's properties (file, title), where ":" and "," separate. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/,/g, '%2C').replace(/:/g, '%3A');

/** GitHub workflow command, so the problem shows on the pull request's diff. */
export function annotation(p: Problem): string {
  const props = [`file=${escapeProperty(p.file)}`, p.line ? `line=${p.line}` : '', `title=${escapeProperty(p.field || 'content')}`].filter(Boolean).join(',');
  return `::${p.severity} ${props}::${escapeData(p.message)}`;
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
