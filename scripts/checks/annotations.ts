/**
 * GitHub workflow annotations for post-build issues. An issue on an entry's page points at
 * the entry's Markdown file, at the line that holds the offending link or text when it can
 * be found there, so a contributor sees it on the pull request's diff. Issues on other pages
 * (templates) become annotations without a file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { KINDS } from '../../src/schemas/vocabularies.ts';
import { siteConfig } from '../../src/site-config.ts';
import type { Problem } from './types.ts';
import { annotate } from '../lib/report.ts';

/** The content file behind a built page, e.g. "networks/carin/index.html" → "src/content/networks/carin.md". */
export function sourceOf(page: string, root: string): string | undefined {
  const match = /^([a-z]+)\/([a-z0-9-]+)\/index\.html$/.exec(page);
  if (!match || !KINDS.has(match[1] as never)) return undefined;
  for (const ext of ['.md', '.mdx']) {
    const file = join(siteConfig(process.env).contentDir, match[1]!, `${match[2]!}${ext}`);
    if (existsSync(join(root, file))) return file;
  }
  return undefined;
}

/**
 * 1-based line of the source that holds the field: the link's address when the
 * target is an element with one (as written in Markdown, without the base path, or as
 * built), otherwise the target itself.
 */
export function lineOf(text: string, target: string, base: string): number | undefined {
  const url = /\b(?:href|src)="([^"]+)"/.exec(target)?.[1] ?? target;
  const unbased = base !== '/' && url.startsWith(base) ? `/${url.slice(base.length)}` : '';
  const lines = text.split('\n');
  for (const candidate of [url, unbased].filter((c) => c.length > 1)) {
    const index = lines.findIndex((l) => l.includes(candidate));
    if (index >= 0) return index + 1;
  }
  return undefined;
}

/**
 * Annotates a post-build problem: on an entry's page, at the entry's Markdown file and the line
 * holding the offending link when it is there; on another page, without a file.
 * `root` is the project folder (for the content files); `base` the base path the site was built with.
 */
export function annotateProblem(problem: Problem, root: string, base: string): void {
  const file = sourceOf(problem.file, root);
  const line = file ? lineOf(readFileSync(join(root, file), 'utf8'), problem.field, base) : undefined;
  annotate(problem, { file, line });
}
