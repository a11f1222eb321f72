import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { networkSchema } from '../../src/schemas/entry.ts';
import { syntheticEntry, syntheticId } from './synthetic-entries.ts';

const split = (text: string) => {
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  return { data: parse(front!) as Record<string, unknown>, body: body! };
};

describe('synthetic benchmark entries', () => {
  it('are valid against the real network schema, with the promised shape', () => {
    for (const i of [0, 1, 57, 999]) {
      const { file, text } = syntheticEntry(i, 'carin');
      expect(file).toBe(`${syntheticId(i)}.md`);
      const { data, body } = split(text);
      const parsed = networkSchema.parse(data);
      expect(parsed.members).toHaveLength(8);
      expect(new Set(parsed.members.map((m) => m.country)).size).toBe(8);
      expect(parsed.crimeAreas).toHaveLength(3);
      expect(parsed.relations).toEqual([expect.objectContaining({ target: i === 0 ? 'carin' : syntheticId(i - 1) })]);
      expect(body.length).toBeGreaterThan(1600);
      expect(body.length).toBeLessThan(2800);
    }
  });

  it('are deterministic and distinct', () => {
    expect(syntheticEntry(5, 'carin').text).toBe(syntheticEntry(5, 'carin').text);
    expect(syntheticEntry(5, 'carin').text).not.toBe(syntheticEntry(6, 'carin').text);
  });
});
