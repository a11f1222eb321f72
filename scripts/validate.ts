/**
 * npm run validate: checks every content file without building the site and lists every
 * problem at once. Exit status 1 if there is any error; warnings alone exit 0.
 */
import { validateContent } from './lib/validate-content.ts';
import { annotation, formatReport } from './lib/report.ts';

const result = validateContent(process.cwd());
console.log(formatReport(result.problems, result.files));
if (process.env.GITHUB_ACTIONS === 'true') for (const p of result.problems) console.log(annotation(p));
process.exitCode = result.problems.some((p) => p.severity === 'error') ? 1 : 0;
