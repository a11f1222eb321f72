/**
 * The site's own pages of prose (about, accessibility, languages, data), one component per language.
 * A language without its own text shows the English, marked as English, with a notice, so adding
 * a language to src/i18n/locales.ts never leaves a page missing.
 */
import AboutEn from './AboutEn.astro';
import AboutFr from './AboutFr.astro';
import AccessibilityEn from './AccessibilityEn.astro';
import AccessibilityFr from './AccessibilityFr.astro';
import DataEn from './DataEn.astro';
import DataFr from './DataFr.astro';
import LanguagesEn from './LanguagesEn.astro';
import LanguagesFr from './LanguagesFr.astro';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Astro components take their own props
type Component = (props: any) => unknown;

const PROSE = {
  about: { en: AboutEn, fr: AboutFr },
  accessibility: { en: AccessibilityEn, fr: AccessibilityFr },
  languages: { en: LanguagesEn, fr: LanguagesFr },
  data: { en: DataEn, fr: DataFr },
} satisfies Record<string, { en: Component } & Partial<Record<Locale, Component>>>;

export type ProsePage = keyof typeof PROSE;

/** The page's text in `lang`, or the English one; `lang` says which it is. */
export function proseFor(page: ProsePage, lang: Locale): { Component: Component; lang: Locale } {
  const texts: Partial<Record<Locale, Component>> = PROSE[page];
  const own = texts[lang];
  return own ? { Component: own, lang } : { Component: PROSE[page].en, lang: DEFAULT_LOCALE };
}
