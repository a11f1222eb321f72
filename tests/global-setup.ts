/**
 * Builds, with the project's own build command, the fixture catalogue and the real catalogue,
 * each at the root and under the sub-path /cdpc/catalogue/ as an institutional host would serve
 * it. Set REUSE_TEST_BUILDS=1 to reuse builds from a previous run while working on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { FIXTURE_CONTENT, HOST, ROOT, SITE, SUB_PATH, content, fixture } from './helpers/builds.ts';

function build(dist: string, basePath: string, contentDir: string, host: Record<string, string> = {}) {
  if (process.env.REUSE_TEST_BUILDS && existsSync(dist)) return;
  // The host's own settings are the environment's only when a test sets them.
  const env = { ...process.env };
  for (const key of Object.keys(HOST)) delete env[key];
  execFileSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...env, DIST_DIR: dist, BASE_PATH: basePath, SITE_URL: SITE, CONTENT_DIR: contentDir, ...host },
  });
}

export default function setup() {
  // At the root with no publisher or contact set; under the sub-path as an institutional host would set them.
  build(fixture.root, '/', FIXTURE_CONTENT);
  build(fixture.sub, SUB_PATH, FIXTURE_CONTENT, HOST);
  build(content.root, '/', 'src/content');
  build(content.sub, SUB_PATH, 'src/content');
}
