import { describe, expect, it } from 'vitest';
import { COUNTRIES, resolveCountry } from './countries.ts';

describe('country registry', () => {
  it('holds every ISO 3166-1 alpha-2 code plus XK, with English and French names', () => {
    expect(COUNTRIES.size).toBe(250);
    expect(COUNTRIES.get('XK')).toEqual({ code: 'XK', name: 'Kosovo', nameFr: 'Kosovo' });
    expect(COUNTRIES.get('MK')?.name).toBe('North Macedonia');
    expect(COUNTRIES.get('DE')?.nameFr).toBe('Allemagne');
  });

  it.each([
    ['AL', 'AL'],
    ['xk', 'XK'],
    ['Albania', 'AL'],
    ['FYR of Macedonia', 'MK'],
    ['the Former Yugoslav republic of Macedonia', 'MK'],
    ['Macedonia', 'MK'],
    ['Burma', 'MM'],
    ['Green Cape', 'CV'],
    ['Swaziland', 'SZ'],
    ['Korea', 'KR'],
    ['Czech republic', 'CZ'],
    ['Bosnia Herzegovina', 'BA'],
    ['Russia', 'RU'],
    ['Türkiye', 'TR'],
    ['St Lucia', 'LC'],
    ['Viet Nam', 'VN'],
    ['Allemagne', 'DE'],
  ])('resolves %s to %s', (input, code) => {
    expect(resolveCountry(input)).toMatchObject({ ok: true, code });
  });

  it('keeps the sub-national unit the sources name', () => {
    expect(resolveCountry('England & Wales')).toEqual({ ok: true, code: 'GB', jurisdiction: 'England and Wales' });
    expect(resolveCountry('Scotland')).toEqual({ ok: true, code: 'GB', jurisdiction: 'Scotland' });
  });

  it('refuses an ambiguous name rather than guessing', () => {
    expect(resolveCountry('Congo')).toMatchInlineSnapshot(`
      {
        "message": "“Congo” could mean several countries: CG (Republic of the Congo), CD (Democratic Republic of the Congo). Write the code of the one the source means, or, if the source does not say, move the member to unresolvedMembers with a note.",
        "ok": false,
      }
    `);
  });

  it('suggests the closest names for an unknown country', () => {
    expect(resolveCountry('Albnia')).toMatchInlineSnapshot(`
      {
        "message": "Unknown country “Albnia”. Did you mean “Albania”? Write an ISO 3166-1 alpha-2 code (XK for Kosovo) or a name listed in src/data/countries.ts or src/data/country-aliases.ts.",
        "ok": false,
      }
    `);
    expect(resolveCountry('ZZ')).toMatchObject({ ok: false });
  });
});
