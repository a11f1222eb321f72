import { describe, expect, it } from 'vitest';
import { csvField } from './export.ts';

describe('CSV fields', () => {
  it('defuses spreadsheet formulas', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('+1')).toBe("'+1");
  });
});
