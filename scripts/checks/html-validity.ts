/**
 * Every page passes html-validate with the project's .htmlvalidate.json (which extends
 * html-validate:recommended; docs/quality.md says why each changed rule is changed).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import type { Check, Problem } from './types.ts';

export const PROJECT_CONFIG = join(import.meta.dirname, '..', '..', '.htmlvalidate.json');

export function htmlValidity(config: ConfigData = JSON.parse(readFileSync(PROJECT_CONFIG, 'utf8')) as ConfigData): Check {
  const validator = new HtmlValidate(config);
  return {
    name: 'html-validate',
    async run(site) {
      const issues: Problem[] = [];
      for (const page of site.pages) {
        const report = await validator.validateString(page.html, page.file);
        for (const result of report.results) {
          for (const m of result.messages) {
            if (m.severity < 2) continue;
            issues.push({
              check: 'html-validate',
              file: `${page.file}:${m.line}:${m.column}`,
              field: m.selector ?? m.ruleId,
              message: `${m.message} [${m.ruleId}]`,
              fix: `fix the markup in the component that renders it; rule: ${m.ruleUrl ?? `https://html-validate.org/rules/${m.ruleId}.html`}`,
              severity: 'error',
            });
          }
        }
      }
      return issues;
    },
  };
}
