import { describe, expect, it } from 'vitest';
import { fixtureCatalogue } from '../../../tests/helpers/fixture-catalogue.ts';
import { fixtureSite, page } from '../../../scripts/checks/fixture.ts';
import { safety } from '../../../scripts/checks/safety.ts';
import { tags } from '../../../scripts/checks/html.ts';
import type { Problem } from '../../../scripts/checks/types.ts';
import { jsonLdScriptText } from './json-ld-script.ts';
import { entryJsonLd } from './schema-org.ts';

const HOSTILE = '</script><script>alert(1)</script><!-- <script> & \u2028\u2029';
const catalogue = fixtureCatalogue();
const apn = catalogue.byId.get('atlantic-prosecutors-network')!;
const hostile = { ...apn, name: `APN ${HOSTILE}`, summary: `A summary ${HOSTILE}`, translations: {} };
const data = entryJsonLd(hostile, catalogue, 'en');

const inPage = (text: string) => page('Entry', '<p>x</p>', `<script type="application/ld+json">${text}</script>`);
const safetyIssues = (html: string) => (safety.run(fixtureSite({ 'index.html': html })) as Problem[]).map((p) => p.message);

describe('JSON-LD in a page', () => {
  it('keeps an entry’s hostile text inside the JSON: one data block, no script, the same data back', () => {
    const html = inPage(jsonLdScriptText(data));
    const scripts = tags(html).filter((t) => t.name === 'script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.attrs.get('type')).toBe('application/ld+json');
    expect(JSON.parse(scripts[0]!.text())).toEqual(JSON.parse(JSON.stringify(data)));
    expect(safetyIssues(html)).toEqual([]);
    expect(jsonLdScriptText(data)).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it('would let the text out without the escaping, and the safety check would refuse the page', () => {
    expect(safetyIssues(inPage(JSON.stringify(data)))).toContain(
      'inline script: a strict Content-Security-Policy blocks it, and content must never add one',
    );
  });
});
