/**
 * Content may not run code or load anything: anyone may open a pull request, and CI, maintainers
 * and the host all build it (docs/security.md). This check parses an entry body with Sätteri, the
 * processor the build compiles it with, and applies the allowlist of src/lib/markdown/policy.ts
 * to the trees, reporting every problem with its line. The build's own Sätteri plugins apply the
 * same policy again when Astro compiles the body.
 */
import { markdownToHast, markdownToMdast, mdxToHast, mdxToMdast, type HastNode } from 'satteri';
import { MARKDOWN_FEATURES } from '../../src/integrations/markdown/processor.ts';
import { rawElements } from '../../src/integrations/markdown/raw-html.ts';
import {
  BLOCK_PARENTS,
  CODE_NODE_MESSAGES,
  HTML_BLOCK_MESSAGE,
  hastElementProblems,
  inlineHtmlProblems,
  jsxProblems,
  urlProblem,
  type JsxAttribute,
  type SafetyProblem,
} from '../../src/integrations/markdown/policy.ts';

export { ALLOWED_COMPONENTS } from '../../src/integrations/markdown/policy.ts';

export interface BodyCheck {
  problems: SafetyProblem[];
  /** Ids named by <EntryLink id="…">, with their lines, for the catalogue-wide check. */
  entryLinks: Array<{ id: string; line?: number | undefined }>;
}

type Node = { type: string; children?: Node[]; position?: { start: { line: number; column: number } } } & Record<string, unknown>;

/** Every node of a tree with its parent's type, depth first, without recursion (deep lists are legal). */
function* walk(root: Node): Generator<[Node, string]> {
  const stack: Array<[Node, string]> = [[root, '']];
  while (stack.length) {
    const [node, parent] = stack.pop()!;
    yield [node, parent];
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push([children[i]!, node.type]);
  }
}

const at = (node: Node) => ({ line: node.position?.start.line, column: node.position?.start.column });

/** "7:40: Unexpected closing tag…" → line 7, column 40, and the message. */
function parseError(error: unknown): SafetyProblem {
  const text = error instanceof Error ? error.message : String(error);
  const located = /^(\d+):(\d+):\s*/.exec(text);
  const reason = located ? text.slice(located[0].length) : text;
  return {
    line: located ? Number(located[1]) : undefined,
    column: located ? Number(located[2]) : undefined,
    message: `The MDX could not be read: ${reason.replace(/\s*\([a-z-]+:[a-z-]+\)$/, '')}. Close every tag (<br /> in MDX), and escape { and < in text as \\{ and \\<.`,
  };
}

export function checkBodySafety(body: string, options: { mdx: boolean }): BodyCheck {
  const problems: SafetyProblem[] = [];
  const entryLinks: BodyCheck['entryLinks'] = [];
  let mdast: Node;
  try {
    mdast = (options.mdx
      ? mdxToMdast(body, { features: MARKDOWN_FEATURES })
      : markdownToMdast(body, { features: MARKDOWN_FEATURES })) as unknown as Node;
  } catch (error) {
    return { problems: [parseError(error)], entryLinks };
  }

  let firstHtmlLine: number | undefined;
  for (const [node, parent] of walk(mdast)) {
    const add = (message: string) => problems.push({ message, ...at(node) });
    switch (node.type) {
      case 'mdxjsEsm':
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        add(CODE_NODE_MESSAGES[node.type]!);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node['name'] as string | null;
        const attributes = (node['attributes'] ?? []) as JsxAttribute[];
        for (const message of jsxProblems(name, attributes)) add(message);
        const id = attributes.find((a) => a.name === 'id' && typeof a.value === 'string')?.value as string | undefined;
        if (name === 'EntryLink' && id) entryLinks.push({ id, line: at(node).line });
        break;
      }
      case 'html': {
        firstHtmlLine ??= at(node).line;
        // HTML on lines of its own is refused outright; what it holds is named too, so the
        // contributor sees why it matters.
        if (BLOCK_PARENTS.has(parent)) add(HTML_BLOCK_MESSAGE);
        for (const { tag, attributes } of rawElements(String(node['value'] ?? ''))) {
          for (const message of inlineHtmlProblems(tag, attributes)) add(message);
        }
        break;
      }
      case 'link':
      case 'definition':
      case 'image': {
        const problem = urlProblem(String(node['url'] ?? ''), { image: node.type === 'image' });
        if (problem) add(problem);
        break;
      }
    }
  }

  // The whole body as HTML, raw tags parsed in context as a browser would: the second decision,
  // on the same tree the build's plugin checks. Positions do not survive that parse, so a
  // problem found only here is placed at the first raw HTML tag.
  if (problems.length === 0) {
    const hast = (options.mdx
      ? mdxToHast(body, { features: MARKDOWN_FEATURES, position: false })
      : markdownToHast(body, { features: MARKDOWN_FEATURES, position: false })) as HastNode as unknown as Node;
    for (const [node] of walk(hast)) {
      if (node.type === 'raw')
        problems.push({ line: firstHtmlLine, message: 'Raw HTML that could not be parsed into elements. Remove it.' });
      if (node.type !== 'element') continue;
      const tag = String(node['tagName']);
      for (const message of hastElementProblems(tag, (node['properties'] ?? {}) as Record<string, unknown>)) {
        problems.push({ line: firstHtmlLine, message: `<${tag}>: ${message}` });
      }
    }
  }
  return { problems, entryLinks };
}
