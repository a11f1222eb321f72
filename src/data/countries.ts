/**
 * The country registry: ISO 3166-1 alpha-2 codes plus XK (Kosovo), with English and
 * French names from the maintained `i18n-iso-countries` dataset, and the aliases the
 * source documents use (country-aliases.ts). Entries may name a member country by code
 * or by any known name; `resolveCountry` turns either into a code, or explains why not.
 */
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import { AMBIGUOUS_NAMES, COUNTRY_ALIASES } from './country-aliases.ts';
import { didYouMean } from '../lib/did-you-mean.ts';
import { quote } from '../lib/quote.ts';

export interface Country {
  /** ISO 3166-1 alpha-2 code, or XK for Kosovo. */
  code: string;
  name: string;
  nameFr: string;
}

type Names = Record<string, string | string[]>;

/**
 * Display names where the dataset's first name is a long official form or an old one.
 * The dataset still supplies every other spelling as a lookup name.
 */
const DISPLAY_NAMES: Record<string, string> = {
  CN: 'China',
  CZ: 'Czechia',
  GM: 'Gambia',
  IR: 'Iran',
  FM: 'Micronesia',
  KR: 'Republic of Korea',
  MD: 'Republic of Moldova',
  VA: 'Holy See',
  MK: 'North Macedonia',
  PS: 'Palestine',
  RU: 'Russian Federation',
  TW: 'Taiwan',
  TZ: 'Tanzania',
  US: 'United States',
  XK: 'Kosovo',
};

/**
 * French display names where the dataset's first name differs from the usage of the Council of
 * Europe's French texts, kept in step with the English display names above.
 */
const DISPLAY_NAMES_FR: Record<string, string> = {
  BY: 'Bélarus',
  CF: 'République centrafricaine',
  DO: 'République dominicaine',
  CI: 'Côte d’Ivoire',
  CV: 'Cabo Verde',
  CZ: 'République tchèque',
  KR: 'République de Corée',
  MD: 'République de Moldova',
  RU: 'Fédération de Russie',
  SA: 'Arabie saoudite',
  SZ: 'Eswatini',
  TZ: 'Tanzanie',
  US: 'États-Unis',
  VN: 'Viet Nam',
};

const first = (value: string | string[] | undefined): string => (Array.isArray(value) ? value[0]! : (value ?? ''));

const enNames = en.countries as Names;
const frNames = fr.countries as Names;

export const COUNTRIES: ReadonlyMap<string, Country> = new Map(
  Object.keys(enNames)
    .map((code): Country => ({
      code,
      name: DISPLAY_NAMES[code] ?? first(enNames[code]),
      nameFr: DISPLAY_NAMES_FR[code] ?? (first(frNames[code]) || first(enNames[code])),
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'))
    .map((country) => [country.code, country]),
);

/** Lower case, no accents, "&" as "and", no punctuation or leading "the". */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/^the /, '')
    .replace(/\bst\b/g, 'saint');
}

export interface NameTarget {
  code: string;
  jurisdiction?: string;
}

/** Every known spelling (normalised) → its country; ambiguous names are left out on purpose. */
const NAME_INDEX: Map<string, NameTarget> = (() => {
  const index = new Map<string, NameTarget>();
  const add = (name: string, target: NameTarget) => {
    const key = normaliseName(name);
    if (key && !index.has(key)) index.set(key, target);
  };
  for (const [name, { code, jurisdiction }] of Object.entries(COUNTRY_ALIASES)) {
    add(name, jurisdiction ? { code, jurisdiction } : { code });
  }
  for (const source of [enNames, frNames]) {
    for (const [code, names] of Object.entries(source)) {
      for (const name of [names].flat()) add(name, { code });
    }
  }
  for (const name of Object.keys(AMBIGUOUS_NAMES)) index.delete(normaliseName(name));
  return index;
})();

/** The names offered in "did you mean" suggestions: display names and source aliases. */
const SUGGESTABLE = [...[...COUNTRIES.values()].map((c) => c.name), ...Object.keys(COUNTRY_ALIASES)];

export type Resolution = { ok: true; code: string; jurisdiction?: string } | { ok: false; message: string };

/** Resolve a code ("AL", "xk") or a name ("Albania", "FYR of Macedonia") to a country. */
export function resolveCountry(input: string): Resolution {
  const raw = input.trim();
  if (/^[A-Za-z]{2}$/.test(raw)) {
    const code = raw.toUpperCase();
    if (COUNTRIES.has(code)) return { ok: true, code };
  }
  const ambiguous = Object.entries(AMBIGUOUS_NAMES).find(([name]) => normaliseName(name) === normaliseName(raw));
  if (ambiguous) {
    const options = ambiguous[1].map((code) => `${code} (${COUNTRIES.get(code)?.name})`).join(', ');
    return {
      ok: false,
      message: `${quote(raw)} could mean several countries: ${options}. Write the code of the one the source means, or, if the source does not say, move the member to unresolvedMembers with a note.`,
    };
  }
  const target = NAME_INDEX.get(normaliseName(raw));
  if (target) return { ok: true, ...target };
  return {
    ok: false,
    message: `Unknown country ${quote(raw)}.${didYouMean(raw, SUGGESTABLE)} Write an ISO 3166-1 alpha-2 code (XK for Kosovo) or a name listed in src/data/countries.ts or src/data/country-aliases.ts.`,
  };
}

export function countryName(code: string): string {
  return COUNTRIES.get(code)?.name ?? code;
}
