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
  /**
   * The day the site is built (ISO date), for what depends on it: a programme whose period ended
   * is shown as ended. CATALOGUE_TODAY sets it, for reproducible builds and tests.
   */
  today: string;
  /** Who runs this copy of the site, shown in the footer, on /about/ and on the 404 page. */
  publisher: { name: string; url?: string | undefined };
  /**
   * How a reader without a GitHub account reports an error: an e-mail address (CONTACT_EMAIL)
   * or a form (CONTACT_URL) of the host. Without either, readers are sent to the repository.
   */
  contact: { email?: string | undefined; url?: string | undefined };
}

export function normaliseBase(value: string | undefined): string {
  const trimmed = (value ?? '/').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

const optional = (value: string | undefined) => value?.trim() || undefined;

function httpUrl(name: string, value: string | undefined): string | undefined {
  const v = optional(value);
  if (v === undefined) return undefined;
  let url: URL | undefined;
  try {
    url = new URL(v);
  } catch {
    /* reported below */
  }
  if (!url || !/^https?:$/.test(url.protocol))
    throw new Error(`${name} “${v}” is not an http(s) address. Set it to a web address, e.g. ${name}=https://www.coe.int/cdpc/contact`);
  return url.href;
}

export function siteConfig(env: Record<string, string | undefined>): SiteConfig {
  const email = optional(env.CONTACT_EMAIL);
  // An address a mailto: link carries as it is: one @, a dot in the domain, nothing that ends a URL part.
  if (email !== undefined && !/^[^\s@?&#/]+@[^\s@?&#/]+\.[^\s@?&#/]+$/.test(email)) {
    throw new Error(
      `CONTACT_EMAIL “${email}” is not an e-mail address. Set it to the address that receives corrections, e.g. CONTACT_EMAIL=catalogue@example.org`,
    );
  }
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
    publisher: { name: optional(env.PUBLISHER_NAME) ?? 'The catalogue’s maintainers', url: httpUrl('PUBLISHER_URL', env.PUBLISHER_URL) },
    contact: { email, url: httpUrl('CONTACT_URL', env.CONTACT_URL) },
    today: /^\d{4}-\d{2}-\d{2}$/.test(env.CATALOGUE_TODAY ?? '') ? env.CATALOGUE_TODAY! : new Date().toISOString().slice(0, 10),
  };
}
