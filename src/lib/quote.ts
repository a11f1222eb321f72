/**
 * A value shown in a message, in quotes and cut to a readable length: a message about a 1 MB
 * value must not be 1 MB long.
 * @example quote('Absurdistan') → "“Absurdistan”"
 */
export function cut(value: string, max = 60): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

export const quote = (value: unknown, max = 60): string => `“${cut(String(value), max)}”`;
