/** The countries index and each country's page, for one language. */
import type { Catalogue } from '../build-catalogue.ts';
import type { CountryView } from '../model.ts';
import { KINDS } from '../../schemas/vocabularies.ts';
import { countryName, kindPlural, labelOf } from '../../i18n/labels.ts';
import { compareNames, formatDate, strings } from '../../i18n/ui.ts';
import { localName, type LocalName } from './names.ts';
import type { EntryRef } from '../model.ts';
import { LOCALE_CODES, type Locale } from '../../i18n/locales.ts';
import { href, paths } from '../urls.ts';

/** Every country of the catalogue by name, with its name in the other languages and its count. */
export function countriesIndexData(catalogue: Catalogue, lang: Locale) {
  const byName = compareNames(lang);
  return catalogue.countries
    .map((c) => ({
      code: c.code,
      name: countryName(c.code, lang),
      href: href(paths.country(c.code, lang)),
      count: c.involvements.length,
      otherNames: LOCALE_CODES.filter((l) => l !== lang).map((l) => ({ lang: l, name: countryName(c.code, l) })),
    }))
    .sort((a, b) => byName(a.name, b.name));
}

export function countryPageData(country: CountryView, catalogue: Catalogue, lang: Locale) {
  const s = strings(lang);
  const name = countryName(country.code, lang);
  const n = country.involvements.length;
  const about = (ref: EntryRef) => {
    const entry = catalogue.byId.get(ref.id);
    return {
      name: entry ? localName(entry, lang) : ({ text: ref.name, lang, acronym: ref.acronym } satisfies LocalName),
      href: href(paths.entry(ref.kind, ref.id, lang)),
      asOf: entry ? formatDate(entry.asOf, lang) : '',
    };
  };
  return {
    code: country.code,
    name,
    /** Its name in the site's other languages. */
    otherNames: LOCALE_CODES.filter((l) => l !== lang).map((l) => ({ lang: l, name: countryName(country.code, l) })),
    title: s['country.title'](name),
    description: s['country.description'](name, n),
    takesPart: s['country.takesPart'](n),
    breadcrumbs: {
      home: { text: s['nav.home'], href: href(paths.home(lang)) },
      countries: { text: s['nav.countries'], href: href(paths.countries(lang)) },
    },
    searchHref: href(paths.search({ country: country.code }, lang)),
    csvHref: href(paths.countryCsv(country.code)),
    groups: [...KINDS.keys()]
      .map((kind) => ({
        kind,
        heading: kindPlural(kind, lang),
        column: labelOf('kinds', kind, lang),
        rows: country.involvements
          .filter((i) => i.entry.kind === kind)
          .map((i) => ({
            ...about(i.entry),
            roles: i.roles.map((r) => labelOf('memberRoles', r, lang)).join(', '),
            jurisdictions: i.jurisdictions.join(', '),
          })),
      }))
      .filter((g) => g.rows.length > 0),
    /**
     * Entries whose sources give no member list but whose regions cover the country: they may
     * concern it, and say so apart from those that list it.
     */
    mayConcern: country.mayConcern.map((ref) => {
      const entry = catalogue.byId.get(ref.id);
      return {
        ...about(ref),
        kind: labelOf('kinds', ref.kind, lang),
        regions: (entry?.regions ?? []).map((r) => labelOf('regions', r, lang)).join(', '),
      };
    }),
    mayConcernHeading: s['country.mayConcern'](name),
    mayConcernIntro: s['country.mayConcernIntro'](name),
    /** The other countries, for "find entries shared with…". */
    others: countriesIndexData(catalogue, lang)
      .filter((c) => c.code !== country.code)
      .map((c) => ({ value: c.code, label: c.name })),
    finderAction: href(paths.finder(undefined, lang)),
    worldMapHref: href(paths.map(lang)),
  };
}
