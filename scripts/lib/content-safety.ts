/**
 * Content may not run code. The build executes MDX, so a pull request that adds an entry
 * is also an attack surface: these rules keep entry bodies to prose, links and the
 * allow-listed components of src/components/content/ (see CONTRIBUTING.md).
 */

/** Components an MDX entry may use, provided by the entry page; no import needed. */
export const ALLOWED_COMPONENTS = new Set(['Aside', 'EntryLink']);

/** Harmless inline HTML an entry may contain. Anything else is refused. */
const ALLOWED_HTML = new Set(['abbr', 'br', 'sub', 'sup', 'small', 'span', 'em', 'strong', 'del', 'ins', 'cite', 'q', 'dfn', 'mark']);

export interface SafetyProblem {
  /** 1-based line within the body. */
  line: number;
  message: string;
}

/** Replaces fenced code blocks and inline code spans with spaces, keeping line numbers. */
export function maskCode(body: string): string {
  const blank = (s: string) => s.replace(/[^\n]/g, ' ');
  return body
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?(?:^\1[ \t]*$|(?![\s\S]))/gm, blank)
    .replace(/(`+)(?!`)[\s\S]*?[^`]\1(?!`)/g, blank);
}

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

export function checkBodySafety(body: string, isMdx: boolean): SafetyProblem[] {
  const text = maskCode(body);
  const problems: SafetyProblem[] = [];
  const add = (index: number, message: string) => problems.push({ line: lineAt(text, index), message });

  for (const m of text.matchAll(/^[ \t]*(import|export)\b[^\n]*/gm)) {
    if (isMdx) add(m.index, `“${m[1]}” statements are not allowed in entries. The components ${[...ALLOWED_COMPONENTS].join(', ')} are available without importing; remove the line.`);
  }
  if (isMdx) {
    for (const m of text.matchAll(/\{/g)) {
      add(m.index, 'JavaScript expressions in braces { } are not allowed in entries. Write the text plainly; to show a brace, put it in `code`.');
    }
  }
  for (const m of text.matchAll(/<\/?([A-Za-z][\w.:-]*)([^>]*)>?/g)) {
    const [, tag = '', attrs = ''] = m;
    const isComponent = /^[A-Z]/.test(tag);
    if (isComponent) {
      if (!isMdx) add(m.index, `Components such as <${tag}> need an .mdx file; in .md write plain Markdown.`);
      else if (!ALLOWED_COMPONENTS.has(tag)) add(m.index, `<${tag}> is not an allowed component. Use one of: ${[...ALLOWED_COMPONENTS].join(', ')}.`);
    } else if (!ALLOWED_HTML.has(tag.toLowerCase())) {
      add(m.index, `Raw HTML <${tag}> is not allowed in entries. Use Markdown instead (links, lists, tables, emphasis).`);
    }
    if (/\bon[a-z]+\s*=/i.test(attrs)) add(m.index, `Event-handler attributes (on…=) are not allowed. Remove it from <${tag}>.`);
    if (/\bstyle\s*=/i.test(attrs)) add(m.index, `Inline styles are not allowed. Remove the style attribute from <${tag}>.`);
  }
  for (const m of text.matchAll(/(?:\]\(\s*<?|href\s*=\s*["']?|src\s*=\s*["']?|^\[[^\]]+\]:\s*<?)\s*(javascript|data|vbscript|file):/gim)) {
    add(m.index, `Links with a “${m[1]!.toLowerCase()}:” address are not allowed. Link to an http(s) page or a page of the catalogue.`);
  }
  for (const m of text.matchAll(/<(?:javascript|data|vbscript):/gi)) add(m.index, 'Autolinks to javascript:, data: or vbscript: addresses are not allowed.');
  return problems;
}
