/** Where the test builds live, shared by the global setup and the tests. */
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BUILDS = join(ROOT, '.test-builds');
export const SUB_PATH = '/cdpc/catalogue/';
export const rootBuild = join(BUILDS, 'root');
export const subBuild = join(BUILDS, 'sub');
