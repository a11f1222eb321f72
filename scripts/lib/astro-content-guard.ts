/**
 * Astro integration: runs the content validation (schemas, catalogue checks, content
 * safety) before any Astro build, so `astro build` and `astro dev` refuse the same
 * content that `npm run validate` refuses, even when run without scripts/build.ts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { validateContent } from './validate-content.ts';
import { formatReport } from './report.ts';

export function contentGuard(): AstroIntegration {
  return {
    name: 'catalogue-content-guard',
    hooks: {
      'astro:config:setup': ({ config }) => {
        // scripts/build.ts has just validated this content; do not do it twice.
        if (process.env.CATALOGUE_CONTENT_VALIDATED === '1') return;
        const root = fileURLToPath(config.root);
        const result = validateContent(root);
        if (result.problems.some((p) => p.severity === 'error')) {
          throw new Error(`Content validation failed:\n${formatReport(result.problems.filter((p) => p.severity === 'error'), result.files)}`);
        }
      },
    },
  };
}
