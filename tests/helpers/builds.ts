/**
 * Where the test builds live, shared by the global set-up and the tests. Code is tested on a
 * small fixture catalogue (tests/fixtures/catalogue), so content can change without touching
 * code tests; the real catalogue is built too, for the content tests (tests/content/).
 */
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BUILDS = join(ROOT, '.test-builds');
export const SUB_PATH = '/cdpc/catalogue/';
export const SITE = 'https://catalogue.example.org';
/** The fixture catalogue's content folder, relative to the project (CONTENT_DIR when building it). */
export const FIXTURE_CONTENT = 'tests/fixtures/catalogue';

/** The fixture catalogue, built at the root and under the sub-path. */
export const fixture = { root: join(BUILDS, 'fixture-root'), sub: join(BUILDS, 'fixture-sub') };
/** The real catalogue (src/content), built at the root and under the sub-path. */
export const content = { root: join(BUILDS, 'content-root'), sub: join(BUILDS, 'content-sub') };

/** The host's settings the sub-path fixture build is made with (the root one has none). */
export const HOST = {
  PUBLISHER_NAME: 'Example Ministry of Justice',
  PUBLISHER_URL: 'https://justice.example.org/',
  CONTACT_EMAIL: 'catalogue@justice.example.org',
};
