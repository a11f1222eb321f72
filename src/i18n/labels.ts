/**
 * Labels of the closed vocabularies and of countries, per language. The English labels are the
 * vocabularies' own (src/schemas/vocabularies.ts); each other language gives one label per key in
 * src/i18n/vocabulary.<code>.ts, checked by TypeScript, so a new vocabulary value without a label
 * in every language fails the type check.
 */
import { COUNTRIES } from '../data/countries.ts';
import {
  KIND_PLURALS,
  RELATION_TYPES,
  VOCABULARIES,
  type Kind,
  type RelationType,
  type VocabularyKey,
  type VocabularyName,
} from '../schemas/vocabularies.ts';
import { DEFAULT_LOCALE, type Locale } from './locales.ts';
import { vocabularyFr } from './vocabulary.fr.ts';

/** One label per value of every vocabulary. */
export type VocabularyLabels = { [V in VocabularyName]: Record<VocabularyKey<V>, string> };
/** Labels that are not a vocabulary's own: plural kinds, relations read both ways. */
export interface ExtraLabels {
  kindPlurals: Record<Kind, string>;
  relations: Record<RelationType, { label: string; inverse: string }>;
}

const english = {
  ...(Object.fromEntries(Object.entries(VOCABULARIES).map(([name, map]) => [name, Object.fromEntries(map)])) as VocabularyLabels),
  kindPlurals: KIND_PLURALS,
  relations: Object.fromEntries(RELATION_TYPES) as ExtraLabels['relations'],
};

const tables: Record<Locale, VocabularyLabels & ExtraLabels> = { en: english, fr: vocabularyFr };

/** The label of a vocabulary value; the key itself if the vocabulary does not know it. */
export function labelOf<V extends VocabularyName>(vocabulary: V, key: string, lang: Locale = DEFAULT_LOCALE): string {
  return (tables[lang][vocabulary] as Record<string, string>)[key] ?? key;
}

export const kindPlural = (kind: Kind, lang: Locale = DEFAULT_LOCALE) => tables[lang].kindPlurals[kind];

/** How a relation reads from an entry: "Hosted by" from the entry that states it, "Hosts" from its target. */
export const relationLabel = (type: RelationType, inverse: boolean, lang: Locale = DEFAULT_LOCALE) =>
  tables[lang].relations[type][inverse ? 'inverse' : 'label'];

/** A country's name in a language (the registry's English or French name). */
export function countryName(code: string, lang: Locale = DEFAULT_LOCALE): string {
  const country = COUNTRIES.get(code);
  if (!country) return code;
  return lang === 'fr' ? country.nameFr : country.name;
}
