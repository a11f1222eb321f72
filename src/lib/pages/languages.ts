/**
 * The language page's facts: for each translated language, how many entries are translated and
 * current, and which are shown in English (not translated yet, or translated from an older
 * English text).
 */
import type { Catalogue } from '../build-catalogue.ts';
import { LOCALES, TRANSLATED_LOCALES, type Locale } from '../../i18n/locales.ts';
import { href, links, paths } from '../urls.ts';
import { localName, translationState, type LocalName } from './names.ts';

export interface LanguageCoverage {
  lang: Locale;
  /** The language's name in the page's language is a UI string; its own name is here. */
  label: string;
  total: number;
  current: number;
  inEnglish: Array<{ name: LocalName; href: string; state: 'missing' | 'outdated' }>;
}

export function languagesPageData(catalogue: Catalogue, lang: Locale) {
  const coverage: LanguageCoverage[] = TRANSLATED_LOCALES.map((l) => {
    const inEnglish = catalogue.entries.flatMap((entry) => {
      const state = translationState(entry, l);
      return state === 'missing' || state === 'outdated'
        ? [{ name: localName(entry, lang), href: href(paths.entry(entry.kind, entry.id, l)), state }]
        : [];
    });
    return {
      lang: l,
      label: LOCALES[l].label,
      total: catalogue.entries.length,
      current: catalogue.entries.length - inEnglish.length,
      inEnglish,
    };
  });
  return { coverage, contributing: links.viewFile('CONTRIBUTING.md#translations') };
}

export type LanguagesPageData = ReturnType<typeof languagesPageData>;
