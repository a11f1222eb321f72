/**
 * A list page (networks, programmes or practices): its cards, the data each card carries for the
 * facet script, and the facet filters with their counts, for one language.
 */
import type { Entry } from '../model.ts';
import { facetsOn } from '../facets.ts';
import { facetOptions, type FacetGroup } from '../facet-options.ts';
import { TYPE_VOCABULARY, type Kind } from '../../schemas/vocabularies.ts';
import { kindPlural, labelOf } from '../../i18n/labels.ts';
import { formatDate, strings, t } from '../../i18n/ui.ts';
import { DEFAULT_LOCALE, type Locale } from '../../i18n/locales.ts';
import { currentTranslation, localName, type LangText, type LocalName } from './names.ts';
import { statusText } from './status.ts';
import { href, paths } from '../urls.ts';

export interface EntryCardData {
  name: LocalName;
  href: string;
  /** Type, regions, number of member countries. */
  meta: string[];
  /** "Facts as of …", and the status unless active. */
  dates: string[];
  summary: LangText;
  /** data-* attributes read by the facet script (src/client/facets.ts). */
  data: Record<string, string>;
}

export function entryCard(entry: Entry, lang: Locale): EntryCardData {
  const countries = entry.countries.length;
  const data: Record<string, string> = { 'data-id': entry.id };
  for (const f of facetsOn('list')) if (!f.member) data[`data-${f.param}`] = f.values(entry).join(' ');
  data['data-members'] = entry.members.map((m) => `${m.country}:${m.role}`).join(' ');
  const translation = currentTranslation(entry, lang);
  return {
    name: localName(entry, lang),
    href: href(paths.entry(entry.kind, entry.id, lang)),
    meta: [
      labelOf(TYPE_VOCABULARY[entry.kind], entry.type, lang),
      entry.regions.map((r) => labelOf('regions', r, lang)).join(', '),
      ...(countries > 0 ? [`${countries} ${t('entry.memberCount', lang)}`] : []),
    ],
    dates: [
      strings(lang)['entry.asOfShort'](formatDate(entry.asOf, lang)),
      ...(entry.status !== 'active' ? [statusText(entry, lang)] : []),
    ],
    summary: translation ? { text: translation.summary, lang } : { text: entry.summary, lang: DEFAULT_LOCALE },
    data,
  };
}

export interface ListPageData {
  kind: Kind;
  title: string;
  intro: string;
  count: number;
  searchHref: string;
  cards: EntryCardData[];
  /** Filters with more than one option in use, with counts. */
  facets: FacetGroup[];
  /** Lower-case plural, for "Showing 3 of 38 networks". */
  kindLabel: string;
}

export function listPageData(kind: Kind, all: readonly Entry[], lang: Locale): ListPageData {
  const s = strings(lang);
  const entries = all.filter((e) => e.kind === kind);
  return {
    kind,
    title: kindPlural(kind, lang),
    intro: s[`intro.${kind}`],
    count: entries.length,
    searchHref: href(paths.search({ kind }, lang)),
    cards: entries.map((e) => entryCard(e, lang)),
    facets: facetsOn('list')
      .map((f) => ({
        param: f.param,
        legend: s[f.legend],
        help: f.help && s[f.help],
        long: f.long,
        options: facetOptions(f, { entries, lang, counts: true, onlyUsed: true }),
      }))
      .filter((f) => f.options.length > 1),
    kindLabel: kindPlural(kind, lang).toLowerCase(),
  };
}
