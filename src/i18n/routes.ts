/**
 * Pages in every language: each page under src/pages/[...locale]/ is generated once per
 * language, the root language without a prefix ("/networks/") and the others under theirs
 * ("/fr/networks/"). Adding a language to src/i18n/locales.ts adds its pages.
 */
import { DEFAULT_LOCALE, LOCALE_CODES, isLocale, type Locale } from './locales.ts';

/** The [...locale] route parameter of a language: nothing for the root language. */
export const localeParam = (lang: Locale): string | undefined => (lang === DEFAULT_LOCALE ? undefined : lang);

/** The language of a page from its [...locale] parameter. */
export function langOf(param: string | undefined): Locale {
  if (param === undefined || param === '') return DEFAULT_LOCALE;
  if (!isLocale(param)) throw new Error(`No language “${param}” in src/i18n/locales.ts.`);
  return param;
}

/** getStaticPaths for a page with no other parameter: one path per language. */
export const everyLanguage = () => LOCALE_CODES.map((lang) => ({ params: { locale: localeParam(lang) }, props: { lang } }));

/** getStaticPaths for a page with parameters: each item's paths in every language. */
export function inEveryLanguage<P extends Record<string, string | undefined>, T>(
  items: T[],
  params: (item: T) => P,
  props?: (item: T) => object,
) {
  return LOCALE_CODES.flatMap((lang) =>
    items.map((item) => ({ params: { locale: localeParam(lang), ...params(item) }, props: { lang, ...(props ? props(item) : { item }) } })),
  );
}
