/**
 * Raw HTML written in Markdown, read by Sätteri's HTML parser (the one it uses to turn raw HTML
 * into elements): the elements a piece of it parses to, each with its attributes as HTML names
 * and the values as the parser read them (entities decoded, quotes resolved).
 */
import { htmlToHast } from 'satteri';
import { attributeName } from './policy.ts';

interface Node {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: Node[];
}

export interface RawElement {
  tag: string;
  attributes: Array<[string, string | null]>;
}

const attributeValue = (v: unknown): string | null =>
  v === true || v === null || v === undefined ? null : Array.isArray(v) ? v.join(' ') : String(v);

export function rawElements(html: string): RawElement[] {
  const found: RawElement[] = [];
  const stack: Node[] = [htmlToHast(html, { fragment: true }) as unknown as Node];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'element') {
      found.push({
        tag: String(node.tagName),
        attributes: Object.entries(node.properties ?? {}).map(([k, v]) => [attributeName(k), attributeValue(v)]),
      });
    }
    stack.push(...(node.children ?? []));
  }
  return found;
}
