/**
 * A Sätteri hast plugin that puts every table of an entry body in a frame that scrolls on its own
 * (`.table-scroll`), so a wide table never widens the page on a phone (WCAG 1.4.10 Reflow). The
 * frame is a focusable region (a named <section>), so keyboard users can scroll it too, named after the table's
 * column headings (a Markdown table has no caption).
 */
import type { HastPluginDefinition } from 'satteri';

/** "Country, Contact point, Languages…": the first row's headings, cut to a readable length. */
export function tableLabel(headings: string[]): string {
  const label = headings
    .map((h) => h.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join(', ');
  return label.length > 80 ? `${label.slice(0, 79).replace(/[\s,]+\S*$/, '')}…` : label;
}

export const tableScrollPlugin: HastPluginDefinition = {
  name: 'catalogue-table-scroll',
  element: {
    filter: ['table'],
    visit(node, ctx) {
      const parent = ctx.parent(node);
      if (parent?.type === 'element' && (parent.properties?.['className'] as string[] | undefined)?.includes('table-scroll')) return;
      const headings: string[] = [];
      const firstRow = (n: typeof node): typeof node | undefined => {
        for (const child of n.children) {
          if (child.type !== 'element') continue;
          if (child.tagName === 'tr') return child;
          const found = firstRow(child);
          if (found) return found;
        }
        return undefined;
      };
      for (const cell of firstRow(node)?.children ?? [])
        if (cell.type === 'element' && cell.tagName === 'th') headings.push(ctx.textContent(cell));
      const label = tableLabel(headings);
      ctx.wrapNode(node, {
        type: 'element',
        // A <section> with a name is a region landmark; it takes focus so the keyboard can scroll it.
        tagName: 'section',
        properties: { className: ['table-scroll'], tabIndex: 0, ...(label ? { ariaLabel: label } : {}) },
        children: [],
      });
    },
  },
};
