/**
 * Builds the real catalogue twice with the project's own build command: at the root, and
 * under the sub-path /cdpc/catalogue/ as an institutional host would. Set
 * REUSE_TEST_BUILDS=1 to reuse builds from a previous run while working on tests.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { BUILDS, ROOT, SUB_PATH, rootBuild, subBuild } from './helpers/builds.ts';

function build(dist: string, basePath: string) {
  if (process.env.REUSE_TEST_BUILDS && existsSync(dist)) return;
  execFileSync(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, DIST_DIR: dist, BASE_PATH: basePath, SITE_URL: 'https://catalogue.example.org' },
  });
}

export default function setup() {
  build(rootBuild, '/');
  build(subBuild, SUB_PATH);
  return () => {
    void BUILDS;
  };
}
