/**
 * Builds, with the project's own build command, the fixture catalogue and the real catalogue,
 * each at the root and under the sub-path /cdpc/catalogue/ as an institutional host would serve
 * it. Set REUSE_TEST_BUILDS=1 to reuse builds from a previous run while working on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { FIXTURE_CONTENT, ROOT, SITE, SUB_PATH, content, fixture } from './helpers/builds.ts';

function build(dist: string, basePath: string, contentDir: string) {
  if (process.env.REUSE_TEST_BUILDS && existsSync(dist)) return;
  execFileSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, DIST_DIR: dist, BASE_PATH: basePath, SITE_URL: SITE, CONTENT_DIR: contentDir },
  });
}

export default function setup() {
  build(fixture.root, '/', FIXTURE_CONTENT);
  build(fixture.sub, SUB_PATH, FIXTURE_CONTENT);
  build(content.root, '/', 'src/content');
  build(content.sub, SUB_PATH, 'src/content');
}
