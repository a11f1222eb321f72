/**
 * Compares two built sites page by page, modulo formatting: each HTML page is parsed (parse5) and
 * reduced to its elements with their attributes (sorted) and its text (whitespace collapsed), so
 * a refactoring that changes no reader-visible output reports no difference.
 *
 *   node scripts/compare-dist.ts <before> <after>
 *
 * Asset names with build hashes (/_astro/x.Ab12Cd.css) are compared without the hash; elements
 * with the `hidden` attribute (never shown: search-index metadata) are compared as a set of lines,
 * not in order. Exits 1 and prints the first differing lines of each page when the sites differ.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];

const unhash = (value: string) => value.replace(/(\/_astro\/[^/]+)\.[A-Za-z0-9_-]{8}\.(css|js)$/, '$1.*.$2');

/** One line per element (tag and sorted attributes) and per non-blank text run. */
export function normalisedHtml(html: string): string[] {
  const lines: string[] = [];
  const walk = (node: Node, depth: number) => {
    if (node.nodeName === '#text') {
      const text = (node as DefaultTreeAdapterMap['textNode']).value.replace(/\s+/g, ' ').trim();
      if (text) lines.push(`${'  '.repeat(depth)}"${text}"`);
      return;
    }
    if ('tagName' in node) {
      const attrs = node.attrs.map((a) => `${a.name}="${unhash(a.value)}"`).sort();
      lines.push(`${'  '.repeat(depth)}<${node.tagName}${attrs.length ? ` ${attrs.join(' ')}` : ''}>`);
      if (node.attrs.some((a) => a.name === 'hidden') && node.tagName !== 'form' && node.tagName !== 'button') {
        const start = lines.length;
        for (const child of node.childNodes as Node[]) walk(child, depth + 1);
        lines.splice(start, lines.length - start, ...lines.slice(start).sort());
        return;
      }
    }
    const children =
      'content' in node
        ? [(node as DefaultTreeAdapterMap['template']).content as Node]
        : 'childNodes' in node
          ? (node.childNodes as Node[])
          : [];
    for (const child of children) walk(child, 'tagName' in node ? depth + 1 : depth);
  };
  walk(parse(html) as Node, 0);
  return lines;
}

const htmlFiles = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => relative(dir, join(d.parentPath, d.name)))
    .sort();

export function compareSites(before: string, after: string): string[] {
  const report: string[] = [];
  const a = new Set(htmlFiles(before));
  const b = new Set(htmlFiles(after));
  for (const file of a) if (!b.has(file)) report.push(`only before: ${file}`);
  for (const file of b) if (!a.has(file)) report.push(`only after: ${file}`);
  for (const file of [...a].filter((f) => b.has(f))) {
    const x = normalisedHtml(readFileSync(join(before, file), 'utf8'));
    const y = normalisedHtml(readFileSync(join(after, file), 'utf8'));
    const first = x.findIndex((line, i) => line !== y[i]);
    if (first === -1 && x.length === y.length) continue;
    const at = first === -1 ? Math.min(x.length, y.length) : first;
    report.push(`${file}: differs at line ${at + 1}\n  before: ${x[at] ?? '(end)'}\n  after:  ${y[at] ?? '(end)'}`);
  }
  return report;
}

if (import.meta.main) {
  const [before, after] = process.argv.slice(2);
  if (!before || !after || !existsSync(before) || !existsSync(after)) {
    console.error('Usage: node scripts/compare-dist.ts <before> <after>');
    process.exit(2);
  }
  const report = compareSites(before, after);
  console.log(report.length ? report.join('\n') : '✓ the two sites are the same, modulo formatting.');
  process.exit(report.length ? 1 : 0);
}
