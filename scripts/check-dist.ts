/**
 * npm run check: runs the post-build checks (links, titles and headings, HTML validity,
 * page weight) over a built site and exits non-zero when any finds a problem.
 *
 *   node scripts/check-dist.ts [dir=dist] [--base /cdpc/catalogue/]
 *
 * The base defaults to BASE_PATH, the variable the site was built with. In a GitHub
 * workflow it also prints each issue as an annotation (scripts/checks/annotations.ts).
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSite } from './checks/site.ts';
import { runChecks, formatSummary } from './checks/index.ts';
import { annotateProblem } from './checks/annotations.ts';
import { inWorkflow } from './lib/report.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { base: { type: 'string' } } });
const dir = resolve(positionals[0] ?? 'dist');
const base = values.base ?? process.env.BASE_PATH ?? '/';

if (!existsSync(dir)) {
  console.error(`✗ ${dir} does not exist. Run npm run build first.`);
  process.exit(1);
}
const site = loadSite(dir, base);
const results = await runChecks(site);
console.log(formatSummary(results, site.pages.length));
// In a GitHub workflow, each issue also becomes an annotation, on the entry's Markdown line when it has one.
if (inWorkflow())
  for (const problems of results.values()) for (const problem of problems) annotateProblem(problem, process.cwd(), site.base);
process.exit([...results.values()].some((i) => i.length) ? 1 : 0);
