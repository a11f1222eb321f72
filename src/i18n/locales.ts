/**
 * The languages the catalogue is published in. The first is the root locale (no prefix in URLs,
 * the language the entries are written in); every other one lives under /<code>/ and has its
 * translations beside the entries (src/content/<kind>/<id>.<code>.md). Adding a language is
 * adding a record here and its strings (src/i18n/ui/<code>.ts); nothing else changes.
 */
export interface LocaleConfig {
  /** BCP 47 language tag, used in <html lang> and hreflang. */
  lang: string;
  /** The language's own name, for the language switch. @example "Français" */
  label: string;
  /** Its name in English, for messages to contributors. @example "French" */
  name: string;
  /** Intl locale for dates and sorting. @example "fr-FR" */
  intl: string;
  dir: 'ltr' | 'rtl';
  /** Pagefind's stemming language. */
  searchLanguage: string;
}

export const LOCALES = {
  en: { lang: 'en', label: 'English', name: 'English', intl: 'en-GB', dir: 'ltr', searchLanguage: 'en' },
  fr: { lang: 'fr', label: 'Français', name: 'French', intl: 'fr-FR', dir: 'ltr', searchLanguage: 'fr' },
} as const satisfies Record<string, LocaleConfig>;

export type Locale = keyof typeof LOCALES;
/** The language the entries are written in, served at the root. */
export const DEFAULT_LOCALE: Locale = 'en';
export const LOCALE_CODES = Object.keys(LOCALES) as Locale[];
/** Languages entries are translated into. */
export const TRANSLATED_LOCALES = LOCALE_CODES.filter((l) => l !== DEFAULT_LOCALE);
export const isLocale = (value: string): value is Locale => Object.hasOwn(LOCALES, value);
