/**
 * HTML as the checks read it: parsed by parse5, the WHATWG-conformant parser (the HTML a browser
 * builds from the same bytes), never by patterns. Each page is parsed once and its elements
 * cached, since several checks read the same page.
 */
import { parse, parseFragment, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface Tag {
  name: string;
  /** Attributes by lower-case name, values as the parser decoded them. */
  attrs: Map<string, string>;
  /** Text content, whitespace collapsed. */
  text: () => string;
  /** Whether the element is inside <head>. */
  inHead: boolean;
}

const cache = new Map<string, Tag[]>();

function textOf(node: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.nodeName === '#text') parts.push((n as DefaultTreeAdapterMap['textNode']).value);
    if ('childNodes' in n) for (let i = n.childNodes.length - 1; i >= 0; i--) stack.push(n.childNodes[i] as Node);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Every element of a page (or of a fragment of HTML), in document order. */
export function tags(html: string, options: { fragment?: boolean } = {}): Tag[] {
  const key = `${options.fragment ? 'f' : 'd'}${html}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const out: Tag[] = [];
  const root = options.fragment ? parseFragment(html) : parse(html);
  const stack: Array<[Node, boolean]> = [[root as Node, false]];
  while (stack.length) {
    const [node, inHead] = stack.pop()!;
    const here = inHead || node.nodeName === 'head';
    if ('tagName' in node) {
      const element = node as Element;
      out.push({
        name: element.tagName,
        attrs: new Map(element.attrs.map((a) => [a.name, a.value])),
        text: () => textOf(element),
        inHead: here,
      });
    }
    const children =
      'content' in node
        ? [(node as DefaultTreeAdapterMap['template']).content as Node]
        : 'childNodes' in node
          ? (node.childNodes as Node[])
          : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, here]);
  }
  // A build has a few hundred pages; keep the cache from growing without bound elsewhere.
  if (cache.size > 2000) cache.clear();
  cache.set(key, out);
  return out;
}

/** Text content of every element with this tag name. */
export function textsOf(html: string, name: string, options: { inHead?: boolean } = {}): string[] {
  return tags(html)
    .filter((t) => t.name === name && (options.inHead === undefined || t.inHead === options.inHead))
    .map((t) => t.text());
}
