/** The shapes every post-build check shares: a built site in, a list of issues out. */

/** One HTML page of the built site. */
export interface SitePage {
  /** Public URL path, base path included, e.g. "/cdpc/catalogue/networks/carin/". */
  url: string;
  /** Path of the file relative to the site folder, e.g. "networks/carin/index.html". */
  file: string;
  html: string;
}

export interface Site {
  /** Folder the site was built into. */
  dir: string;
  /** Base path the site is served from, always starting and ending with "/". */
  base: string;
  pages: SitePage[];
  /** Public URL paths of every file in the site (pages, assets, exports). */
  files: Set<string>;
  /** Reads any file of the site by its public URL path; undefined when it does not exist. */
  read: (url: string) => Buffer | undefined;
}

/** Post-build problems use the catalogue's one Problem shape: file = the page, field = the element or target. */
export type { Problem } from '../../src/lib/problem.ts';
import type { Problem } from '../../src/lib/problem.ts';

export interface Check {
  name: string;
  run: (site: Site) => Problem[] | Promise<Problem[]>;
}
