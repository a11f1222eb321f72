/**
 * A differential, property-based test of the content-safety boundary (fast-check): documents
 * are generated from the pieces that fooled the old pattern-based check (fences of every kind,
 * code spans, escapes, HTML blocks and comments, lists and quotes, entities, expressions, raw tags,
 * JSX, link definitions). For every document validation accepts:
 * - the build's configured processor compiles it (validate and build agree);
 * - for Markdown, the HTML has no script, no event handler, no style attribute, no dangerous URL
 *   and no image from another site (read with parse5, as a browser reads it);
 * - for MDX, the compiler's tree has no expression or ESM node, and running the compiled module
 *   runs nothing it contains (every generated expression would call a marker), and the HTML it
 *   renders passes the same checks.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { evaluate, mdxToHast } from 'satteri';
import { checkBodySafety } from './content-safety.ts';
import { configuredProcessor } from '../../src/integrations/markdown/compile.test-helper.ts';
import { MARKDOWN_FEATURES } from '../../src/integrations/markdown/processor.ts';

const RUN = 'globalThis.__contentRan()';
const PIECES = [
  // fences and code
  '```',
  '````',
  '~~~',
  '   ```',
  '    ```',
  '``` js',
  '`',
  '``',
  '` x `',
  '\u2028```',
  // escapes and entities
  '\\`',
  '\\{',
  '\\}',
  '\\<',
  '\\\\',
  '&#106;',
  '&colon;',
  '&lt;',
  '&#x7b;',
  '&amp;',
  '&#9;',
  // blocks
  '- ',
  '> ',
  '1. ',
  '   ',
  '\t',
  '\n',
  '\n\n',
  ' ',
  '#',
  '|',
  '| :-: |',
  '---',
  // raw HTML
  '<div>',
  '</div>',
  '<!--',
  '-->',
  '<script>',
  '</script>',
  '<SCRIPT>',
  '<style>',
  '<span onclick="X">',
  '<span title=">" onmouseover=X>',
  '<abbr title="a">',
  '</abbr>',
  '</span>',
  '<img src=x onerror=X>',
  '<a href="javascript:X">',
  '<q cite="&#106;avascript:X">',
  '<?x ?>',
  '<![CDATA[',
  ']]>',
  '<iframe>',
  '<br>',
  '<br />',
  '<em>',
  '</em>',
  // MDX expressions and JSX
  '{X}',
  '{',
  '}',
  '{/* c */}',
  '{...X}',
  'import a from "b"',
  'export const a = X',
  '<Aside title="t">',
  '</Aside>',
  '<Aside title={X}>',
  '<EntryLink id="eurojust" />',
  '<Evil />',
  '<span set:html="<script>X</script>">',
  '<>',
  '</>',
  '<span {...X}>',
  // links and images
  '[a](javascript:X)',
  '[a](JaVa&#x53;cript:X)',
  '[a](java\tscript:X)',
  '[r]: javascript:X',
  '[r]: <data:text/html,X>',
  '[a][r]',
  '[r]',
  '<javascript:X>',
  '![i](https://tracker.example/x.png)',
  '![i](/og-image.png)',
  '[a](https://example.org/)',
  '[a](/networks/x/)',
  // text
  'word',
  'Words and more words.',
  'x',
].map((p) => p.replaceAll('X', RUN));

const documents = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }).map((parts) => parts.join(''));

type Node = DefaultTreeAdapterMap['node'];
const DANGEROUS = new Set(['javascript:', 'data:', 'vbscript:', 'file:']);

/** What a browser would find wrong in this HTML: scripts, handlers, styles, dangerous or foreign URLs. */
function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  const stack: Node[] = [parseFragment(html)];
  while (stack.length) {
    const node = stack.pop()!;
    if ('tagName' in node) {
      if (['script', 'style', 'iframe', 'object', 'embed', 'link', 'meta', 'base', 'form'].includes(node.tagName))
        problems.push(`<${node.tagName}>`);
      for (const { name, value } of node.attrs) {
        if (name.startsWith('on') || name === 'style' || name.startsWith('set:')) problems.push(`${node.tagName}[${name}]`);
        if (['href', 'src', 'cite', 'action', 'formaction', 'poster', 'srcset'].includes(name)) {
          const url = new URL(value, 'https://catalogue.invalid/');
          if (DANGEROUS.has(url.protocol)) problems.push(`${node.tagName}[${name}=${value}]`);
          if (name === 'src' && url.origin !== 'https://catalogue.invalid') problems.push(`foreign ${node.tagName}[src=${value}]`);
        }
      }
    }
    if ('childNodes' in node) stack.push(...(node.childNodes as Node[]));
    if ('content' in node) stack.push(node.content as Node);
  }
  return problems;
}

/** A JSX runtime that renders to an HTML string, as Astro's renders static elements and text. */
const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
type Rendered = { html: string };
const render = (value: unknown): string =>
  value === null || value === undefined || value === false
    ? ''
    : Array.isArray(value)
      ? value.map(render).join('')
      : typeof value === 'object' && 'html' in (value as object)
        ? (value as Rendered).html
        : escape(String(value));
function jsx(type: unknown, input: unknown): Rendered {
  const props = input as Record<string, unknown>;
  if (typeof type === 'function') return (type as (p: Record<string, unknown>) => Rendered)(props);
  const { children, ...attributes } = props;
  if (type === Fragment) return { html: render(children) };
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escape(String(v))}"`)
    .join('');
  return { html: `<${String(type)}${attrs}>${render(children)}</${String(type)}>` };
}
const Fragment = Symbol('Fragment');
const components = {
  Aside: (p: Record<string, unknown>) => jsx('aside', { 'aria-label': p['title'] ?? 'Note', children: p['children'] }),
  EntryLink: (p: Record<string, unknown>) =>
    jsx('a', { href: `/networks/${String(p['id'])}/`, children: p['children'] ?? String(p['id']) }),
};

let compile: Awaited<ReturnType<typeof configuredProcessor>>;
let ran = 0;
beforeAll(async () => {
  compile = await configuredProcessor();
  (globalThis as Record<string, unknown>)['__contentRan'] = () => ran++;
});

const RUNS = { numRuns: 2000, seed: Number(process.env.FC_SEED ?? 20261123) };

describe('content accepted by validation is inert when compiled (property)', () => {
  it('Markdown: compiles, and its HTML has no script, handler, style or dangerous URL', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(documents, async (doc) => {
        if (checkBodySafety(doc, { mdx: false }).problems.length > 0) return;
        accepted++;
        const html = await compile.renderMarkdown(doc);
        expect(htmlProblems(html), html).toEqual([]);
      }),
      RUNS,
    );
    // The property says something only if the generator reaches accepted documents.
    expect(accepted).toBeGreaterThan(RUNS.numRuns / 10);
  });

  it('MDX: compiles, holds no expression or ESM node, runs nothing it contains, renders safe HTML', async () => {
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(documents, async (doc) => {
        if (checkBodySafety(doc, { mdx: true }).problems.length > 0) return;
        accepted++;
        await compile.compileMdx(doc);
        const tree = mdxToHast(doc, { features: MARKDOWN_FEATURES, position: false }) as unknown as { type: string; children?: unknown[] };
        const types = new Set<string>();
        const stack = [tree];
        while (stack.length) {
          const node = stack.pop()!;
          types.add(node.type);
          stack.push(...((node.children ?? []) as typeof stack));
        }
        for (const code of ['mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']) expect(types.has(code), doc).toBe(false);
        const before = ran;
        const module = (await evaluate(doc, {
          jsx,
          jsxs: jsx,
          Fragment,
          features: MARKDOWN_FEATURES,
          useMDXComponents: () => components,
        })) as {
          default: (props: Record<string, unknown>) => Rendered;
        };
        const html = module.default({ components }).html;
        expect(ran, doc).toBe(before);
        expect(htmlProblems(html), html).toEqual([]);
      }),
      RUNS,
    );
    expect(accepted).toBeGreaterThan(RUNS.numRuns / 10);
  });

  it('the marker and the HTML check can fail: a refused document does run and does emit', async () => {
    const before = ran;
    const module = (await evaluate(`{${RUN}}<script>x</script>`, { jsx, jsxs: jsx, Fragment })) as { default: (p: object) => Rendered };
    const html = module.default({}).html;
    expect(ran).toBe(before + 1);
    expect(htmlProblems(html)).toEqual(['<script>']);
  });
});
