/**
 * npm run validate: checks every content file without building the site and lists every
 * problem at once. Exit status 1 if there is any error; warnings alone exit 0.
 */
import { validateContent } from './lib/validate-content.ts';
import { annotate, formatReport, inWorkflow } from './lib/report.ts';

const result = validateContent(process.cwd());
console.log(formatReport(result.problems, result.files));
// In a GitHub workflow, also print annotations so each problem shows on the pull request's diff.
if (inWorkflow()) for (const p of result.problems) annotate(p);
process.exitCode = result.problems.some((p) => p.severity === 'error') ? 1 : 0;
