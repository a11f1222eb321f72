/**
 * Content test. All post-build checks (scripts/checks/) on the two builds of the real catalogue: links and anchors
 * (also under the sub-path), titles and headings, HTML validity and page weight.
 */
import { describe, expect, it } from 'vitest';
import { loadSite } from '../../scripts/checks/site.ts';
import { allChecks, formatIssue } from '../../scripts/checks/index.ts';
import { links } from '../../scripts/checks/links.ts';
import { SUB_PATH, content } from '../helpers/builds.ts';

const root = loadSite(content.root, '/');

describe('content: quality checks on the built catalogue', () => {
  it('checks a whole site, not an empty folder', () => {
    // Every entry page is there to check.
    expect(root.pages.filter((p) => /^(networks|programmes|practices)\/[^/]+\/index\.html$/.test(p.file)).length).toBeGreaterThan(0);
  });

  for (const check of allChecks()) {
    it(`${check.name}: no issues`, async () => {
      const issues = await check.run(root);
      expect(issues.map(formatIssue)).toEqual([]);
    });
  }

  it('links: no issues in the build under the sub-path', () => {
    const issues = links.run(loadSite(content.sub, SUB_PATH)) as Parameters<typeof formatIssue>[0][];
    expect(issues.map(formatIssue)).toEqual([]);
  });

  it('links: the sub-path build checked as if at the root fails, so the base is really checked', () => {
    const issues = links.run(loadSite(content.sub, '/')) as unknown[];
    expect(issues.length).toBeGreaterThan(0);
  });
});
