import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkBodySafety, maskCode } from './content-safety.ts';

const dir = join(import.meta.dirname, '../../tests/fixtures/hostile');
const body = (file: string) => readFileSync(join(dir, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
const hostile = readdirSync(dir).filter((f) => f !== 'allowed.mdx').sort();

describe('content safety', () => {
  it('refuses every hostile fixture, each with a message saying what to do', () => {
    const firstMessage = Object.fromEntries(
      hostile.map((f) => [f, checkBodySafety(body(f), f.endsWith('.mdx')).map((p) => `line ${p.line}: ${p.message}`)[0] ?? 'ACCEPTED']),
    );
    expect(firstMessage).toMatchInlineSnapshot(`
      {
        "attribute-expression.mdx": "line 2: JavaScript expressions in braces { } are not allowed in entries. Write the text plainly; to show a brace, put it in \`code\`.",
        "component-in-md.md": "line 2: Components such as <Aside> need an .mdx file; in .md write plain Markdown.",
        "data-url.md": "line 2: Links with a “data:” address are not allowed. Link to an http(s) page or a page of the catalogue.",
        "event-handler.md": "line 2: Event-handler attributes (on…=) are not allowed. Remove it from <span>.",
        "export.mdx": "line 2: “export” statements are not allowed in entries. The components Aside, EntryLink are available without importing; remove the line.",
        "expression.mdx": "line 2: JavaScript expressions in braces { } are not allowed in entries. Write the text plainly; to show a brace, put it in \`code\`.",
        "iframe.md": "line 2: Raw HTML <iframe> is not allowed in entries. Use Markdown instead (links, lists, tables, emphasis).",
        "import.mdx": "line 2: “import” statements are not allowed in entries. The components Aside, EntryLink are available without importing; remove the line.",
        "inline-style.md": "line 2: Inline styles are not allowed. Remove the style attribute from <span>.",
        "javascript-link.md": "line 2: Links with a “javascript:” address are not allowed. Link to an http(s) page or a page of the catalogue.",
        "object-embed.md": "line 2: Raw HTML <object> is not allowed in entries. Use Markdown instead (links, lists, tables, emphasis).",
        "reference-link.md": "line 4: Links with a “javascript:” address are not allowed. Link to an http(s) page or a page of the catalogue.",
        "script-tag.md": "line 4: Raw HTML <script> is not allowed in entries. Use Markdown instead (links, lists, tables, emphasis).",
        "style-tag.md": "line 2: Raw HTML <style> is not allowed in entries. Use Markdown instead (links, lists, tables, emphasis).",
        "unknown-component.mdx": "line 2: <Danger> is not an allowed component. Use one of: Aside, EntryLink.",
      }
    `);
  });

  it('accepts prose, harmless HTML, allowed components, and code that only shows code', () => {
    expect(checkBodySafety(body('allowed.mdx'), true)).toEqual([]);
  });

  it('keeps line numbers when masking code', () => {
    const text = 'a\n```\n<script>\n```\nb `{x}` c';
    expect(maskCode(text).split('\n')).toHaveLength(5);
    expect(maskCode(text)).not.toMatch(/script|\{/);
  });
});
