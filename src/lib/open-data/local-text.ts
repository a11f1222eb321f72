/**
 * An entry's name and summary in a language: the translation's text where a translation exists
 * and is current (made from the English as it is now), the English otherwise. Only an official
 * name in the language replaces the English name; a descriptive rendering never does.
 * The exports' plain-text view of src/lib/pages/names.ts (the pages also need the language of each text).
 */
import type { Entry } from '../model.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { currentTranslation } from '../pages/names.ts';

export { currentTranslation };

/** The official name in `lang` when the translation gives one, else the English name. */
export const localName = (entry: Pick<Entry, 'name' | 'translations'>, lang: Locale): string =>
  currentTranslation(entry, lang)?.name ?? entry.name;

/** The official acronym in `lang` when the translation gives one, else the English acronym. */
export const localAcronym = (entry: Pick<Entry, 'acronym' | 'translations'>, lang: Locale): string | undefined =>
  currentTranslation(entry, lang)?.acronym ?? entry.acronym;

/** The summary in `lang` when a current translation exists, else the English summary. */
export const localSummary = (entry: Pick<Entry, 'summary' | 'translations'>, lang: Locale): string =>
  currentTranslation(entry, lang)?.summary ?? entry.summary;

/** The language the text of `localSummary` is in. */
export const summaryLanguage = (entry: Pick<Entry, 'translations'>, lang: Locale): Locale =>
  currentTranslation(entry, lang) ? lang : DEFAULT_LOCALE;
