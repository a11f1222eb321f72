/**
 * An entry's name and texts in a language: its translation where it has a current one, otherwise
 * the English, marked as English so screen readers, search and translation tools know
 * (decision 0008). Every page that names an entry names it through `localName`.
 */
import type { Entry, EntryTranslation } from '../model.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';

/** A text and the language it is in (not always the page's). */
export interface LangText {
  text: string;
  lang: Locale;
}

export interface LocalName extends LangText {
  acronym?: string | undefined;
  /** A descriptive rendering in the page's language, shown as unofficial beside an English name. */
  rendering?: string | undefined;
}

/** The translation of an entry to use in a language: only a current one. */
export function currentTranslation(entry: Pick<Entry, 'translations'>, lang: Locale): EntryTranslation | undefined {
  const translation = lang === DEFAULT_LOCALE ? undefined : entry.translations[lang];
  return translation?.current ? translation : undefined;
}

export function localName(entry: Pick<Entry, 'name' | 'acronym' | 'translations'>, lang: Locale): LocalName {
  const translation = currentTranslation(entry, lang);
  if (translation?.name) return { text: translation.name, lang, acronym: translation.acronym ?? entry.acronym };
  return { text: entry.name, lang: DEFAULT_LOCALE, acronym: entry.acronym, rendering: translation?.descriptiveName };
}

/** Where a translated page stands: the translation is current, older than the English, or missing. */
export type TranslationState = 'original' | 'current' | 'outdated' | 'missing';

export function translationState(entry: Pick<Entry, 'translations'>, lang: Locale): TranslationState {
  if (lang === DEFAULT_LOCALE) return 'original';
  const translation = entry.translations[lang];
  return !translation ? 'missing' : translation.current ? 'current' : 'outdated';
}
