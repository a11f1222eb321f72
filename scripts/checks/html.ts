/**
 * Just enough HTML reading for the checks: the start tags with their attributes, and the
 * text of an element. The pages are Astro's own well-formed output, so a tokenizer is
 * enough; html-validate (a real parser) checks the markup itself.
 */

export interface Tag {
  name: string;
  attrs: Map<string, string>;
  /** Offset of the "<" in the page, to read what follows the tag. */
  start: number;
  end: number;
}

const RAW_TEXT = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const COMMENT = /<!--[\s\S]*?-->/g;
const TAG = /<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

/** Blanks comments and script/style contents (keeping offsets), so their text is never read as tags. */
function blankRawText(html: string): string {
  const blank = (m: string) => m.replace(/[^\n]/g, ' ');
  return html.replace(COMMENT, blank).replace(RAW_TEXT, (m) => {
    const open = m.indexOf('>') + 1;
    const close = m.lastIndexOf('<');
    return m.slice(0, open) + blank(m.slice(open, close)) + m.slice(close);
  });
}

export function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1]?.toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return named[e.toLowerCase()] ?? m;
  });
}

export function tags(html: string): Tag[] {
  const out: Tag[] = [];
  for (const m of blankRawText(html).matchAll(TAG)) {
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(ATTR)) attrs.set(a[1]!.toLowerCase(), decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    out.push({ name: m[1]!.toLowerCase(), attrs, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Text content of every element with this tag name, tags stripped and whitespace collapsed. */
export function textsOf(html: string, name: string): string[] {
  const re = new RegExp(`<${name}\\b[^>]*>([\\s\\S]*?)</${name}\\s*>`, 'gi');
  return [...blankRawText(html).matchAll(re)].map((m) => decodeEntities(m[1]!.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim());
}
