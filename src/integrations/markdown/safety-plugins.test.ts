/**
 * The second line: the processor configured in astro.config.mjs refuses, by itself, every body of
 * the hostile corpus, so a direct `astro build` or `astro dev` with unvalidated content can run
 * no expression and emit no script, handler or dangerous URL. What an entry may contain still
 * compiles, and tables keep the strict CSP (alignment as classes, no style attribute).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { configuredProcessor } from './compile.test-helper.ts';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'tests', 'fixtures');
const bodyOf = (text: string) => text.slice(text.indexOf('\n---\n', 4) + 5);
// Fixtures whose fault is in the frontmatter (frontmatter-*) or in the catalogue (catalogue-*:
// an unknown entry id): their bodies compile, and validation and the schemas refuse them.
const hostile = readdirSync(join(fixtures, 'hostile'))
  .filter((f) => !/^(frontmatter|catalogue)-/.test(f))
  .sort();

let compile: Awaited<ReturnType<typeof configuredProcessor>>;
beforeAll(async () => {
  compile = await configuredProcessor();
});

const build = (name: string, text: string) => (name.endsWith('.mdx') ? compile.compileMdx(text) : compile.renderMarkdown(text));

describe('the configured Markdown and MDX processors', () => {
  it.each(hostile)('refuse the body of %s', async (name) => {
    const text = bodyOf(readFileSync(join(fixtures, 'hostile', name), 'utf8'));
    await expect(build(name, text)).rejects.toThrow(
      /content refused by the catalogue's content policy|Unexpected|expected|Could not parse/i,
    );
  });

  it('compile what an entry may contain', async () => {
    const text = bodyOf(readFileSync(join(fixtures, 'allowed.mdx'), 'utf8'));
    const code = await compile.compileMdx(text);
    expect(code).toContain('EntryLink');
    expect(code).not.toMatch(/style/);
  });

  it('write table alignment as classes and code blocks without inline styles', async () => {
    const html = await compile.renderMarkdown('| L | C | R |\n| :- | :-: | -: |\n| a | b | c |\n\n```js\nlet x = 1;\n```\n');
    expect(html).toContain('<th class="align-left">L</th>');
    expect(html).toContain('<td class="align-center">b</td>');
    expect(html).toContain('<td class="align-right">c</td>');
    expect(html).toContain('<pre><code class="language-js">');
    expect(html).not.toMatch(/style=/);
  });

  it('serialise raw inline HTML from the parsed tree, so an unclosed tag cannot run into the page', async () => {
    expect(await compile.renderMarkdown('The <abbr title="Mutual legal assistance">MLA</abbr> and <em>x')).toBe(
      '<p>The <abbr title="Mutual legal assistance">MLA</abbr> and <em>x</em></p>\n',
    );
  });
});
