/**
 * What an entry body may contain, as an allowlist over the trees Sätteri (the processor the
 * build compiles with, decision 0002) makes of it: the Markdown tree (mdast, where MDX syntax and
 * raw HTML tags are nodes of their own) and the HTML tree (hast, with raw HTML parsed into real
 * elements). One policy, two users: `npm run validate` (scripts/lib/content-safety.ts), which
 * reports every problem with its line, and the build's own Sätteri plugins
 * (src/lib/markdown/safety-plugins.ts), which refuse the same nodes when Astro is run directly.
 * Nothing here looks at source text with a pattern: every decision is on a parsed node, and
 * URLs are read by the WHATWG URL parser, as a browser reads them. See docs/security.md.
 */
import { cut } from '../../lib/quote.ts';

import type { Problem } from '../../lib/problem.ts';

/** A problem in an entry's body, at its line in the body when the tree knows it. */
export type SafetyProblem = Pick<Problem, 'message' | 'line' | 'column'>;

/** MDX components an entry may use (provided by the entry page, no import), with their props. */
export const ALLOWED_COMPONENTS: Readonly<Record<string, { props: readonly string[]; required: readonly string[] }>> = {
  Aside: { props: ['title'], required: [] },
  EntryLink: { props: ['id'], required: ['id'] },
};

/** Attributes allowed on every allowed HTML element (as written in HTML, and as hast names them). */
const GLOBAL_ATTRIBUTES = ['title', 'lang', 'dir'];

/**
 * Inline HTML an entry may write (raw tags in .md, lower-case JSX in .mdx), with the attributes
 * each may carry besides the global ones. Nothing that loads, runs, styles or submits.
 */
export const ALLOWED_INLINE_HTML: Readonly<Record<string, readonly string[]>> = {
  abbr: [],
  br: [],
  cite: [],
  del: ['cite', 'datetime'],
  dfn: [],
  em: [],
  ins: ['cite', 'datetime'],
  mark: [],
  q: ['cite'],
  small: [],
  span: [],
  strong: [],
  sub: [],
  sup: [],
};

/** Attributes that hold a URL, checked with `urlProblem`. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'cite']);

/**
 * Elements the Markdown processor itself makes from Markdown syntax, with the hast properties it
 * gives them. Together with the inline HTML above, this is every element a compiled body may hold.
 */
const GENERATED_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href', 'title'],
  blockquote: [],
  br: [],
  code: ['className'],
  del: [],
  em: [],
  h1: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  img: ['src', 'alt', 'title'],
  input: ['type', 'checked', 'disabled'],
  li: ['className'],
  ol: ['start', 'className'],
  p: [],
  pre: [],
  strong: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: ['className'],
  td: ['className'],
  ul: ['className'],
};

/** Class names the processor writes (code languages, task lists, table alignment). */
const GENERATED_CLASS = /^(?:language-[\w+#.-]{1,40}|contains-task-list|task-list-item|align-(?:left|right|center))$/;

const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
/** Stands for the site when a relative URL is resolved: only its origin matters. */
const SITE = 'https://catalogue.invalid/';

/**
 * Why a URL written in content may not be used, or undefined when it may: links go to http(s),
 * mailto or the catalogue itself; images only to the catalogue itself. The URL is parsed as a
 * browser parses it (entities are already decoded by the Markdown or HTML parser; the URL parser
 * drops tabs, newlines and surrounding spaces and lower-cases the scheme).
 */
export function urlProblem(raw: string, options: { image?: boolean } = {}): string | undefined {
  let url: URL;
  try {
    url = new URL(raw, SITE);
  } catch {
    return `“${cut(raw)}” is not a valid address. Write a full https:// address or a path of the catalogue.`;
  }
  if (!ALLOWED_SCHEMES.has(url.protocol)) {
    return `Addresses starting with “${url.protocol}” are not allowed. Link to an http(s) page, an e-mail address (mailto:) or a page of the catalogue.`;
  }
  if (options.image && url.origin !== new URL(SITE).origin) {
    return `Images from other sites are not allowed (“${cut(raw)}”): the catalogue loads nothing from other hosts. Link to the page instead.`;
  }
  return undefined;
}

/** hast property name → HTML attribute name, for messages and the allowlists ("dateTime" → "datetime"). */
export function attributeName(property: string): string {
  if (property === 'className') return 'class';
  if (property === 'htmlFor') return 'for';
  if (/^(?:data|aria)[A-Z]/.test(property)) return property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
  return property.toLowerCase();
}

const attributeAdvice = (name: string) =>
  name.startsWith('on')
    ? 'Event handlers run code and are never allowed.'
    : name === 'style'
      ? 'Inline styles are not allowed (the site’s Content-Security-Policy blocks them).'
      : name.startsWith('set:')
        ? 'Astro directives can inject raw HTML and are never allowed.'
        : name.startsWith('data-pagefind')
          ? 'Search-index attributes are set by the page templates, not by content.'
          : 'Remove it.';

/**
 * Checks one inline HTML element written by a contributor (a raw tag in .md, lower-case JSX in
 * .mdx): the tag must be allowed, and every attribute allowed for it, with a safe URL.
 * `attributes` are HTML attribute names (lower case) with their values as the parser read them.
 */
export function inlineHtmlProblems(tag: string, attributes: ReadonlyArray<[string, string | null]>): string[] {
  const allowed = ALLOWED_INLINE_HTML[tag];
  if (!allowed) {
    return [
      `The HTML element <${cut(tag, 30)}> is not allowed in entries. Use Markdown (links, lists, emphasis) or one of: ${Object.keys(ALLOWED_INLINE_HTML).join(', ')}.`,
    ];
  }
  const problems: string[] = [];
  for (const [name, value] of attributes) {
    if (!GLOBAL_ATTRIBUTES.includes(name) && !allowed.includes(name)) {
      problems.push(`The attribute “${cut(name, 30)}” is not allowed on <${tag}>. ${attributeAdvice(name)}`);
    } else if (URL_ATTRIBUTES.has(name) && value !== null) {
      const problem = urlProblem(value);
      if (problem) problems.push(problem);
    }
  }
  return problems;
}

/** A hast property value as the text a browser would get. */
const propertyText = (value: unknown): string | null =>
  value === null || value === undefined || value === true ? null : Array.isArray(value) ? value.join(' ') : String(value);

/**
 * Checks one element of a compiled body's HTML tree (hast), whatever made it: Markdown syntax or
 * raw HTML. Every element must be one the processor generates or an allowed inline element, with
 * only the properties allowed for it; URLs must be safe.
 */
export function hastElementProblems(tag: string, properties: Readonly<Record<string, unknown>>): string[] {
  const generated = GENERATED_ELEMENTS[tag];
  const inline = ALLOWED_INLINE_HTML[tag];
  if (!generated && !inline) return inlineHtmlProblems(tag, []);
  const problems: string[] = [];
  for (const [property, value] of Object.entries(properties)) {
    const name = attributeName(property);
    // Table alignment: the processor's own style, which the build turns into a class.
    if (property === 'style' && (tag === 'th' || tag === 'td') && alignmentClass(value)) continue;
    const allowedHere = generated?.includes(property) || GLOBAL_ATTRIBUTES.includes(name) || inline?.includes(name);
    if (!allowedHere) {
      problems.push(`The attribute “${cut(name, 30)}” is not allowed on <${tag}>. ${attributeAdvice(name)}`);
      continue;
    }
    const text = propertyText(value);
    if (property === 'className' && text !== null && !text.split(' ').every((c) => GENERATED_CLASS.test(c))) {
      problems.push(`The class “${cut(text, 40)}” is not allowed on <${tag}>: classes are set by the site, not by content.`);
    } else if (URL_ATTRIBUTES.has(name) && text !== null) {
      const problem = urlProblem(text, { image: tag === 'img' && name === 'src' });
      if (problem) problems.push(problem);
    } else if (tag === 'input' && property === 'type' && text !== 'checkbox') {
      problems.push('Only the check boxes of Markdown task lists (- [ ]) are allowed as <input>.');
    }
  }
  return problems;
}

/**
 * The one inline style the processor writes: table column alignment (`| :-: |`), as a class
 * instead, so tables keep the strict Content-Security-Policy. Returns the class, or undefined
 * when the style is anything else.
 */
export function alignmentClass(style: unknown): string | undefined {
  if (typeof style !== 'string') return undefined;
  const declaration = style
    .trim()
    .replace(/;$/, '')
    .split(':')
    .map((s) => s.trim().toLowerCase());
  if (declaration.length !== 2 || declaration[0] !== 'text-align') return undefined;
  return ['left', 'right', 'center'].includes(declaration[1]!) ? `align-${declaration[1]}` : undefined;
}

/** An MDX JSX attribute, as Sätteri's trees give it. */
export interface JsxAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

/**
 * Checks one MDX JSX element: an allowed component with its props, or an allowed inline HTML
 * element; every attribute a plain string (no expression, no spread).
 */
export function jsxProblems(name: string | null | undefined, attributes: readonly JsxAttribute[]): string[] {
  if (!name) return ['Fragments (<>…</>) are not allowed in entries. Remove the empty tags.'];
  const problems: string[] = [];
  const plain: Array<[string, string | null]> = [];
  for (const attribute of attributes) {
    if (attribute.type !== 'mdxJsxAttribute' || typeof attribute.name !== 'string') {
      problems.push(`Spread attributes ({…}) are not allowed on <${cut(name, 30)}>. Write each attribute as name="text".`);
    } else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      problems.push(
        `The attribute “${cut(attribute.name, 30)}” of <${cut(name, 30)}> is a JavaScript expression ({…}). Write its value as text in quotes.`,
      );
    } else {
      plain.push([attribute.name, (attribute.value as string | null | undefined) ?? null]);
    }
  }
  const component = ALLOWED_COMPONENTS[name];
  if (component) {
    for (const [prop, value] of plain) {
      if (!component.props.includes(prop)) {
        problems.push(
          `<${name}> takes ${component.props.length ? `only ${component.props.map((p) => `“${p}”`).join(', ')}` : 'no attributes'}; remove “${cut(prop, 30)}”.`,
        );
      } else if (value === null) problems.push(`Give <${name}>’s “${prop}” a value in quotes.`);
    }
    for (const prop of component.required) {
      if (!plain.some(([p]) => p === prop)) problems.push(`<${name}> needs a “${prop}” attribute, e.g. <${name} ${prop}="eurojust" />.`);
    }
  } else if (/^[a-z][a-z0-9]*$/.test(name)) {
    problems.push(...inlineHtmlProblems(name, plain));
  } else {
    problems.push(
      `<${cut(name, 30)}> is not an allowed component. Use one of: ${Object.keys(ALLOWED_COMPONENTS).join(', ')} (no import needed).`,
    );
  }
  return problems;
}

/** Node types of MDX that are code: never allowed in an entry. */
export const CODE_NODE_MESSAGES: Readonly<Record<string, string>> = {
  mdxjsEsm:
    '“import” and “export” statements are not allowed in entries. The components Aside and EntryLink need no import; remove the line.',
  mdxFlowExpression:
    'JavaScript expressions in braces { } are not allowed in entries. Write the text plainly; to show a brace, escape it as \\{ or put it in `code`.',
  mdxTextExpression:
    'JavaScript expressions in braces { } are not allowed in entries. Write the text plainly; to show a brace, escape it as \\{ or put it in `code`.',
};

/** Parents under which a raw HTML node is a block of its own (HTML on lines of its own). */
export const BLOCK_PARENTS = new Set(['root', 'blockquote', 'listItem', 'footnoteDefinition']);

export const HTML_BLOCK_MESSAGE =
  'HTML on lines of its own is not allowed: write the paragraph in Markdown, and use the allowed inline tags (such as <abbr>) inside sentences only.';
