/** The about page's figures: the source documents with the entries citing each, and the contents. */
import type { Catalogue } from '../build-catalogue.ts';
import { SOURCE_DOCUMENTS } from '../../data/source-documents.ts';
import { KINDS } from '../../schemas/vocabularies.ts';
import { kindPlural } from '../../i18n/labels.ts';
import { formatDate } from '../../i18n/ui.ts';
import type { Locale } from '../../i18n/locales.ts';
import { href, paths } from '../urls.ts';

export function aboutPageData(catalogue: Catalogue, lang: Locale) {
  const { entries } = catalogue;
  return {
    sources: [...SOURCE_DOCUMENTS].map(([key, d]) => ({
      id: `source-${key}`,
      ...d,
      date: formatDate(d.date, lang),
      citing: entries.filter((e) => e.sources.some((s) => s.document === key)).length,
    })),
    contents: [...KINDS.keys()].map((kind) => ({
      href: href(paths.kind(kind, lang)),
      label: kindPlural(kind, lang),
      count: entries.filter((e) => e.kind === kind).length,
    })),
  };
}
