/**
 * The site chrome's strings and formats, per language: `strings(lang)` gives the whole typed
 * dictionary, `t(key, lang)` one plain string, `formatDate` a date at the precision it is known.
 * The dictionaries are src/i18n/<code>.ts; vocabulary and country labels are in labels.ts.
 */
import { en } from './en.ts';
import { fr } from './fr.ts';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locales.ts';

export type Strings = typeof en;
/** Keys whose value is a plain string. */
export type UiKey = { [K in keyof Strings]: Strings[K] extends string ? K : never }[keyof Strings];

const dictionaries: Record<Locale, Strings> = { en, fr };

export const strings = (lang: Locale = DEFAULT_LOCALE): Strings => dictionaries[lang];

export function t(key: UiKey, lang: Locale = DEFAULT_LOCALE): string {
  return strings(lang)[key];
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** "12 March 2017" from an ISO date; partial dates stay partial ("March 2017", "2017"). */
export function formatDate(iso: string, lang: Locale = DEFAULT_LOCALE): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  // Creating a formatter is costly; one per language and precision serves the whole build.
  const key = `${lang}/${m ? 'm' : ''}${d ? 'd' : ''}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang].intl, {
      year: 'numeric',
      timeZone: 'UTC',
      ...(m ? { month: 'long' } : {}),
      ...(d ? { day: 'numeric' } : {}),
    });
    formats.set(key, format);
  }
  const text = format.format(date);
  // French writes the first day of a month as an ordinal: "1er mars 2017".
  return lang === 'fr' && d === 1 ? text.replace(/^1 /, '1er ') : text;
}

/** "Albania, Serbia and Italy", in the language's own way. */
export const listNames = (names: string[], lang: Locale = DEFAULT_LOCALE) =>
  new Intl.ListFormat(LOCALES[lang].intl, { type: 'conjunction' }).format(names);

const comparers = new Map<Locale, (a: string, b: string) => number>();

/** Compares names for sorting, in the language's own order, ignoring a leading "The" in English. */
export function compareNames(lang: Locale = DEFAULT_LOCALE): (a: string, b: string) => number {
  let compare = comparers.get(lang);
  if (!compare) {
    // A collator is costly to create: one per language serves the whole build.
    const collator = new Intl.Collator(LOCALES[lang].intl, { sensitivity: 'base' });
    compare = (a, b) => collator.compare(a.replace(/^The /, ''), b.replace(/^The /, ''));
    comparers.set(lang, compare);
  }
  return compare;
}
