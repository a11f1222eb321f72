import { describe, expect, it } from 'vitest';
import { closest, didYouMean, editDistance } from './did-you-mean.ts';

describe('did you mean', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('austrai', 'austria')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });

  it('puts the closest candidate first and drops far ones', () => {
    expect(closest('Austrai', ['Australia', 'Austria', 'Albania'])).toEqual(['Austria', 'Australia']);
    expect(didYouMean('zzzzzz', ['Austria'])).toBe('');
  });
});
