/**
 * Astro integration: runs the content validation (schemas, catalogue checks, content
 * safety) before any Astro build, so `astro build` and `astro dev` refuse the same
 * content that `npm run validate` refuses, even when run without scripts/build.ts.
 *
 * Under scripts/build.ts, which validates in a process of its own at the same time
 * (CATALOGUE_CONTENT_VALIDATED=pending), it does not validate again: it holds Astro at the
 * start of the build, after the content is synced and before any of it is compiled or run,
 * until the build script says the validation passed.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { validateContent } from '../../scripts/lib/validate-content.ts';
import { formatReport } from '../../scripts/lib/report.ts';

/** What scripts/build.ts sends over the IPC channel; other messages on the channel are not ours. */
export type ValidationMessage = { catalogueValidation: 'passed' | 'failed' };
const isValidationMessage = (m: unknown): m is ValidationMessage => typeof m === 'object' && m !== null && 'catalogueValidation' in m;

/** Resolves when the parent process says the validation passed; rejects if it failed or the parent goes away. */
export function goAhead(proc: NodeJS.Process = process): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    if (!proc.send || !proc.connected) {
      reject(new Error('CATALOGUE_CONTENT_VALIDATED=pending is for scripts/build.ts only; run `npm run build`.'));
      return;
    }
    const onMessage = (message: unknown) => {
      if (!isValidationMessage(message)) return;
      proc.off('message', onMessage);
      proc.off('disconnect', onDisconnect);
      // The open channel must not keep this process alive once the build is done.
      proc.channel?.unref();
      if (message.catalogueValidation === 'passed') resolvePromise();
      else reject(new Error('The content did not pass validation.'));
    };
    const onDisconnect = () => {
      proc.off('message', onMessage);
      reject(new Error('The build script stopped before the content was validated.'));
    };
    proc.on('message', onMessage);
    proc.once('disconnect', onDisconnect);
  });
}

/** `proc` is the process whose parent gives the go-ahead (tests pass a stand-in). */
export function contentGuard(proc: NodeJS.Process = process): AstroIntegration {
  return {
    name: 'catalogue-content-guard',
    hooks: {
      'astro:config:setup': ({ config }) => {
        // scripts/build.ts validates this content itself ('pending' while it does).
        if (process.env.CATALOGUE_CONTENT_VALIDATED === 'pending') return;
        const root = fileURLToPath(config.root);
        const result = validateContent(root);
        if (result.problems.some((p) => p.severity === 'error')) {
          throw new Error(
            `Content validation failed:\n${formatReport(
              result.problems.filter((p) => p.severity === 'error'),
              result.files,
            )}`,
          );
        }
      },
      'astro:build:start': async () => {
        if (process.env.CATALOGUE_CONTENT_VALIDATED === 'pending') await goAhead(proc);
      },
    },
  };
}
