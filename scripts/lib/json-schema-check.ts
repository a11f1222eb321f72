/**
 * A deliberately small JSON Schema checker covering the keywords z.toJSONSchema emits for
 * the open-data schema (type incl. null, const, enum, pattern, properties, required,
 * additionalProperties: false, items, anyOf, $ref to #/$defs). Enough to prove that
 * data/catalogue.json validates against data/catalogue.schema.json without a dependency;
 * an unknown keyword is reported rather than silently ignored.
 */
type Schema = Record<string, unknown>;

const KNOWN = new Set([
  '$schema', '$id', 'title', 'description', 'type', 'const', 'enum', 'pattern', 'properties', 'required',
  'additionalProperties', 'items', 'anyOf', '$ref', '$defs', 'minimum', 'maximum', 'format', 'default',
]);

const typeOf = (v: unknown) =>
  v === null ? 'null' : Array.isArray(v) ? 'array' : Number.isInteger(v) ? 'integer' : typeof v;

/** Problems of `value` against `schema`, each as "path: reason"; empty when it validates. */
export function checkJsonSchema(value: unknown, schema: Schema, root: Schema = schema, path = '$'): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(schema)) if (!KNOWN.has(key)) problems.push(`${path}: schema keyword “${key}” is not supported by this checker`);
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace(/^#\/\$defs\//, '');
    const target = (root.$defs as Record<string, Schema> | undefined)?.[name];
    return target ? [...problems, ...checkJsonSchema(value, target, root, path)] : [...problems, `${path}: unresolved $ref ${schema.$ref}`];
  }
  if (schema.type !== undefined) {
    const allowed = [schema.type].flat() as string[];
    const actual = typeOf(value);
    if (!allowed.includes(actual) && !(actual === 'integer' && allowed.includes('number'))) return [...problems, `${path}: expected ${allowed.join(' or ')}, got ${actual}`];
  }
  if ('const' in schema && value !== schema.const) problems.push(`${path}: expected ${JSON.stringify(schema.const)}`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) problems.push(`${path}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (typeof schema.pattern === 'string' && typeof value === 'string' && !new RegExp(schema.pattern, 'u').test(value)) problems.push(`${path}: “${value}” does not match ${schema.pattern}`);
  if (typeof schema.minimum === 'number' && typeof value === 'number' && value < schema.minimum) problems.push(`${path}: below ${schema.minimum}`);
  if (typeof schema.maximum === 'number' && typeof value === 'number' && value > schema.maximum) problems.push(`${path}: above ${schema.maximum}`);
  if (Array.isArray(schema.anyOf)) {
    const ok = (schema.anyOf as Schema[]).some((s) => checkJsonSchema(value, s, root, path).length === 0);
    if (!ok) problems.push(`${path}: matches none of the anyOf alternatives`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((v, i) => problems.push(...checkJsonSchema(v, schema.items as Schema, root, `${path}[${i}]`)));
  if (typeOf(value) === 'object') {
    const obj = value as Record<string, unknown>;
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[]) if (!(key in obj)) problems.push(`${path}: missing required “${key}”`);
    for (const [key, v] of Object.entries(obj)) {
      if (props[key]) problems.push(...checkJsonSchema(v, props[key], root, `${path}.${key}`));
      else if (schema.additionalProperties === false) problems.push(`${path}: unexpected property “${key}”`);
    }
  }
  return problems;
}
