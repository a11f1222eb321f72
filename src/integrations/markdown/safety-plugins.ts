/**
 * The content-safety policy (policy.ts) inside the compiler: Sätteri plugins that Astro runs on
 * every entry body it compiles, Markdown and MDX alike. They refuse (throw, failing the build
 * with the file and the reason) what validation refuses, so a direct `astro build` or `astro dev`
 * with unvalidated content cannot run an expression or emit a script, a handler or a dangerous
 * URL. They also turn table alignment into classes, so allowed Markdown keeps the strict CSP.
 */
import { fileURLToPath } from 'node:url';
import type { HastPluginDefinition, MdastPluginDefinition } from 'satteri';
import {
  BLOCK_PARENTS,
  CODE_NODE_MESSAGES,
  HTML_BLOCK_MESSAGE,
  alignmentClass,
  hastElementProblems,
  inlineHtmlProblems,
  jsxProblems,
  urlProblem,
  type JsxAttribute,
} from './policy.ts';
import { rawElements } from './raw-html.ts';

/** The error a refused node raises: where it is, and why. */
export class ContentSafetyError extends Error {
  override name = 'ContentSafetyError';
}

interface Located {
  position?: { start?: { line?: number } } | undefined;
}

interface Context {
  fileURL: URL | undefined;
  /** Astro hands MDX over with its frontmatter blanked (lines kept), Markdown without it. */
  sourceFormat?: string;
}

function refuse(ctx: Context, node: Located | undefined, problems: string[]): never {
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : 'an entry body';
  const line = node?.position?.start?.line;
  const where = line ? (ctx.sourceFormat === 'mdx' ? `:${line}` : ` (line ${line} of the body)`) : '';
  throw new ContentSafetyError(`${file}${where}: content refused by the catalogue's content policy. ${problems.join(' ')}`);
}

const refuseCode = (node: { type: string } & Located, ctx: Context) =>
  refuse(ctx, node, [CODE_NODE_MESSAGES[node.type] ?? 'Code is not allowed in entries.']);

const checkJsx = (node: { name?: string | null; attributes?: readonly JsxAttribute[] } & Located, ctx: Context) => {
  const problems = jsxProblems(node.name, node.attributes ?? []);
  if (problems.length) refuse(ctx, node, problems);
};

const checkUrl = (node: { url?: string } & Located, ctx: Context, image = false) => {
  const problem = urlProblem(node.url ?? '', { image });
  if (problem) refuse(ctx, node, [problem]);
};

/** On the Markdown tree: MDX code and JSX, HTML blocks, link and image addresses. */
export const safetyMdastPlugin: MdastPluginDefinition = {
  name: 'catalogue-content-safety',
  options: { position: true },
  mdxjsEsm: refuseCode,
  mdxFlowExpression: refuseCode,
  mdxTextExpression: refuseCode,
  mdxJsxFlowElement: checkJsx,
  mdxJsxTextElement: checkJsx,
  html(node, ctx) {
    if (BLOCK_PARENTS.has(ctx.parent(node)?.type ?? 'root')) refuse(ctx, node, [HTML_BLOCK_MESSAGE]);
    const problems = rawElements(node.value).flatMap(({ tag, attributes }) => inlineHtmlProblems(tag, attributes));
    if (problems.length) refuse(ctx, node, problems);
  },
  link: (node, ctx) => checkUrl(node, ctx),
  definition: (node, ctx) => checkUrl(node, ctx),
  image: (node, ctx) => checkUrl(node, ctx, true),
};

/**
 * On the HTML tree, after raw HTML was parsed into elements (feature `rawHtml`): every element and
 * attribute on the allowlist. Runs before the base-path plugin and Astro's own plugins.
 */
export const safetyHastPlugin: HastPluginDefinition = {
  name: 'catalogue-content-safety',
  element: {
    filter: [],
    visit(node, ctx) {
      const properties = { ...(node.properties ?? {}) } as Record<string, unknown>;
      const align = node.tagName === 'th' || node.tagName === 'td' ? alignmentClass(properties['style']) : undefined;
      if (align) {
        delete properties['style'];
        ctx.setProperty(node, 'style', null);
        ctx.setProperty(node, 'className', [align]);
      }
      const problems = hastElementProblems(node.tagName, properties);
      if (problems.length) refuse(ctx, undefined, [`<${node.tagName}>: ${problems.join(' ')}`]);
    },
  },
  raw(_node, ctx) {
    // With rawHtml on, no raw HTML string reaches the output; one that does was not checked.
    refuse(ctx, undefined, ['Unparsed raw HTML reached the output.']);
  },
};
