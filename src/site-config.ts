/**
 * Where the site is published, from the environment. Shared by astro.config.mjs and the
 * scripts so that the build, the exports and the tests agree on the base path.
 */
export interface SiteConfig {
  /** Public origin, no trailing slash. @example "https://www.coe.int" */
  site: string;
  /** Sub-path with leading and trailing slash. @example "/cdpc/catalogue/" */
  base: string;
  /** Repository holding the content, for "Edit this file" links. */
  repository: string;
  /** Branch the site is built from, for "Edit this file" links. @example "main" */
  branch: string;
  /** Folder of the content collections, relative to the project. @example "src/content" */
  contentDir: string;
}

export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function siteConfig(env: Record<string, string | undefined>): SiteConfig {
  const site = (env.SITE_URL ?? 'http://localhost:4321').replace(/\/+$/, '');
  try {
    new URL(site);
  } catch {
    throw new Error(`SITE_URL “${env.SITE_URL}” is not a URL. Set it to the public origin, e.g. SITE_URL=https://www.coe.int`);
  }
  return {
    site,
    base: normaliseBase(env.BASE_PATH),
    repository: (env.REPOSITORY_URL ?? 'https://github.com/coe-cdpc/judicial-networks-catalogue').replace(/\/+$/, ''),
    branch: env.REPOSITORY_BRANCH?.trim() || 'main',
    // The tests build a small fixture catalogue from another folder with the same code.
    contentDir: (env.CONTENT_DIR?.trim() || 'src/content').replace(/\/+$/, ''),
  };
}
