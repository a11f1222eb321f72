/**
 * JSON for a `<script type="application/ld+json">` element. The HTML parser ends the element at
 * the first `</script` whatever the JSON says, and `<!--` inside it changes how the parser reads
 * on; so every `<`, `>` and `&` is written as a JSON escape (\u003c…), and so are U+2028 and
 * U+2029, which older JavaScript parsers refuse in strings. The result parses to the same data
 * and contains no markup, whatever text an entry holds.
 */
const ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '\u2028': '\\u2028',
  '\u2029': '\\u2029',
};

export function jsonLdScriptText(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (c) => ESCAPES[c]!);
}
