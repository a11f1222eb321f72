/**
 * Every internal URL of the site, built in one place. Path builders (`paths`) give a page's
 * place in the site without the base path ("networks/carin/", "fr/networks/carin/"); `href`
 * puts the base path in front (BASE_PATH, e.g. /cdpc/catalogue/) and `absolute` the public
 * origin too (SITE_URL). No other module reads the base path. Links to the repository (edit a
 * file, suggest a correction) use the repository and branch from configuration.
 */
import type { Kind } from '../schemas/vocabularies.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../i18n/locales.ts';
import { siteConfig, type SiteConfig } from '../site-config.ts';

/** "fr/" for a translated language, "" for the root language. */
export const localePrefix = (lang: Locale = DEFAULT_LOCALE) => (lang === DEFAULT_LOCALE ? '' : `${lang}/`);

type Params = Record<string, string | string[] | undefined>;
const withQuery = (path: string, params?: Params) => {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params ?? {})) for (const v of [value ?? []].flat()) query.append(key, v);
  const qs = query.toString();
  return `${path}${qs ? `?${qs}` : ''}`;
};

/** Where each page is, relative to the site root, in a given language. */
export const paths = {
  home: (lang?: Locale) => localePrefix(lang),
  kind: (kind: Kind, lang?: Locale) => `${localePrefix(lang)}${kind}/`,
  entry: (kind: Kind, id: string, lang?: Locale) => `${localePrefix(lang)}${kind}/${id}/`,
  countries: (lang?: Locale) => `${localePrefix(lang)}countries/`,
  country: (code: string, lang?: Locale) => `${localePrefix(lang)}countries/${code.toLowerCase()}/`,
  search: (params?: Params, lang?: Locale) => withQuery(`${localePrefix(lang)}search/`, params),
  finder: (params?: Params, lang?: Locale) => withQuery(`${localePrefix(lang)}finder/`, params),
  map: (lang?: Locale) => `${localePrefix(lang)}map/`,
  relationships: (lang?: Locale) => `${localePrefix(lang)}relationships/`,
  overlaps: (lang?: Locale) => `${localePrefix(lang)}overlaps/`,
  about: (anchor?: string, lang?: Locale) => `${localePrefix(lang)}about/${anchor ? `#${anchor}` : ''}`,
  accessibility: (lang?: Locale) => `${localePrefix(lang)}accessibility/`,
  languages: (lang?: Locale) => `${localePrefix(lang)}languages/`,
  data: (anchor?: string, lang?: Locale) => `${localePrefix(lang)}data/${anchor ? `#${anchor}` : ''}`,
  /** A country's entries as CSV, for spreadsheets. */
  countryCsv: (code: string) => `data/countries/${code.toLowerCase()}.csv`,
  /** Files that exist once for every language: open data, icons, the search bundle. */
  file: (name: string) => name.replace(/^\/+/, ''),
  feed: (lang?: Locale) => `${localePrefix(lang)}feed.xml`,
};

export interface Links {
  /** The base path, with leading and trailing slash. */
  base: string;
  /** A site path as an href: the base path in front. @example href("networks/carin/") → "/cdpc/catalogue/networks/carin/" */
  href: (path: string) => string;
  /** A site path as an absolute URL, for canonical links, feeds, sitemaps and open data. */
  absolute: (path: string) => string;
  /** "Edit this file" on the repository, on the configured branch. */
  editFile: (filePath: string) => string;
  /** A file of the repository as it is on the configured branch, e.g. CONTRIBUTING.md. */
  viewFile: (filePath: string) => string;
  /** The "Report outdated information" issue form, filled in for an entry. */
  suggestCorrection: (entry: { name: string; filePath: string }) => string;
  /** The repository's home page. */
  repository: string;
  /**
   * Where a reader without a GitHub account reports an error: a mailto: link to the host's
   * address (subject naming the entry and its page) or the host's form; undefined when the host
   * set neither.
   */
  reportError: (about?: { name: string; url: string }) => string | undefined;
  /** Who runs this copy of the site. */
  publisher: SiteConfig['publisher'];
  contact: SiteConfig['contact'];
  /**
   * The same page in another language: a page's path (as in Astro.url.pathname, with the base)
   * with its language prefix swapped. Every page exists in every language.
   */
  inLanguage: (pathname: string, lang: Locale) => string;
}

export function createLinks(
  config: Pick<SiteConfig, 'base' | 'site' | 'repository' | 'branch'> & Partial<Pick<SiteConfig, 'publisher' | 'contact'>>,
  locales: readonly string[] = [],
): Links {
  const contact = config.contact ?? {};
  const base = config.base.endsWith('/') ? config.base : `${config.base}/`;
  const href = (path: string) => base + path.replace(/^\/+/, '');
  return {
    base,
    href,
    absolute: (path) => new URL(href(path), config.site).href,
    editFile: (filePath) => `${config.repository}/edit/${config.branch}/${filePath}`,
    viewFile: (filePath) => `${config.repository}/blob/${config.branch}/${filePath}`,
    suggestCorrection: ({ name, filePath }) =>
      `${config.repository}/issues/new?template=report-outdated.yml&title=${encodeURIComponent(`Correction: ${name}`)}&entry=${encodeURIComponent(`${name} (${filePath})`)}`,
    repository: config.repository,
    reportError: (about) => {
      if (contact.email) {
        const subject = about ? `Correction: ${about.name}` : 'Correction to the catalogue';
        const body = about ? `Page: ${about.url}\n\nWhat is wrong, and the source that says so:\n` : '';
        return `mailto:${contact.email}?subject=${encodeURIComponent(subject)}${body ? `&body=${encodeURIComponent(body)}` : ''}`;
      }
      return contact.url;
    },
    publisher: config.publisher ?? {},
    contact,
    inLanguage: (pathname, lang) => {
      let rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
      const first = rest.split('/')[0] ?? '';
      if (locales.includes(first) && first !== DEFAULT_LOCALE) rest = rest.slice(first.length).replace(/^\//, '');
      return href(localePrefix(lang as Locale) + rest);
    },
  };
}

/**
 * The site's links, as configured for this build. Inside Astro the base path is the one Astro
 * resolved (import.meta.env.BASE_URL); in Node scripts it comes from the environment.
 */
export const links: Links = createLinks(
  {
    ...siteConfig(process.env),
    ...(import.meta.env?.BASE_URL ? { base: import.meta.env.BASE_URL } : {}),
  },
  LOCALE_CODES,
);
export const { href, absolute } = links;
