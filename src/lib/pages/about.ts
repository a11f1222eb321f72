/**
 * The about page's facts: who publishes this copy and how to reach them, how current the
 * catalogue is, the source documents with the entries citing each, and the contents.
 */
import type { Catalogue } from '../build-catalogue.ts';
import { SOURCE_DOCUMENTS, type Localised } from '../../data/source-documents.ts';
import { KINDS } from '../../schemas/vocabularies.ts';
import { kindPlural } from '../../i18n/labels.ts';
import { formatDate } from '../../i18n/ui.ts';
import type { Locale } from '../../i18n/locales.ts';
import { href, links, paths } from '../urls.ts';

/** A text in the page's language, or the English marked as such. */
export const localised = (text: Localised, lang: Locale) => ({ text: text[lang] ?? text.en, lang: text[lang] ? lang : ('en' as Locale) });

/** The latest day any entry changed: how current the catalogue is. */
export const lastUpdated = (catalogue: Catalogue) =>
  catalogue.entries.reduce((latest, e) => (e.lastChanged > latest ? e.lastChanged : latest), '');

export function aboutPageData(catalogue: Catalogue, lang: Locale) {
  const { entries } = catalogue;
  const updated = lastUpdated(catalogue);
  return {
    publisher: links.publisher,
    updated: updated ? formatDate(updated, lang) : undefined,
    contact: { ...links.contact, report: links.reportError() },
    repository: links.repository,
    issues: `${links.repository}/issues/new/choose`,
    sources: [...SOURCE_DOCUMENTS].map(([key, d]) => ({
      id: `source-${key}`,
      title: d.title,
      author: d.author,
      place: d.place,
      date: formatDate(d.date, lang),
      dateNote: d.dateNote && localised(d.dateNote, lang),
      gives: localised(d.gives, lang),
      citing: entries.filter((e) => e.sources.some((s) => s.document === key)).length,
    })),
    contents: [...KINDS.keys()].map((kind) => ({
      href: href(paths.kind(kind, lang)),
      label: kindPlural(kind, lang),
      count: entries.filter((e) => e.kind === kind).length,
    })),
  };
}

export type AboutPageData = ReturnType<typeof aboutPageData>;
