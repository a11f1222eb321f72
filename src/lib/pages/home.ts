/** The home page: counts, the ways in (by facet, by country) and the explore list, for one language. */
import type { Catalogue } from '../build-catalogue.ts';
import { facetsOn } from '../facets.ts';
import { facetOptions } from '../facet-options.ts';
import { KINDS } from '../../schemas/vocabularies.ts';
import { countryName, kindPlural } from '../../i18n/labels.ts';
import { strings } from '../../i18n/ui.ts';
import type { Locale } from '../../i18n/locales.ts';
import { href, paths } from '../urls.ts';

/** Home-page headings of the facets shown there, by parameter. */
const WAY_IN_HEADINGS = { region: 'home.byRegion', crime: 'home.byCrime' } as const;

export function homePageData(catalogue: Catalogue, lang: Locale) {
  const s = strings(lang);
  const { entries, countries } = catalogue;
  const topCountries = [...countries]
    .map((c) => ({ code: c.code, name: countryName(c.code, lang), count: c.involvements.length }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, 12);
  return {
    counts: [
      ...[...KINDS.keys()].map((kind) => ({
        href: href(paths.kind(kind, lang)),
        count: entries.filter((e) => e.kind === kind).length,
        label: kindPlural(kind, lang),
      })),
      { href: href(paths.countries(lang)), count: countries.length, label: s['nav.countries'] },
    ],
    explore: [
      { href: href(paths.finder(undefined, lang)), title: s['finder.title'], text: s['explore.finder'] },
      { href: href(paths.map(lang)), title: s['map.title'], text: s['explore.map'] },
      { href: href(paths.relationships(lang)), title: s['relationships.title'], text: s['explore.relationships'] },
      { href: href(paths.overlaps(lang)), title: s['overlaps.title'], text: s['explore.overlaps'] },
    ],
    waysIn: facetsOn('home').map((f) => ({
      id: `by-${f.param}`,
      heading: s[WAY_IN_HEADINGS[f.param as keyof typeof WAY_IN_HEADINGS] ?? f.legend],
      links: facetOptions(f, { entries, lang, counts: true, onlyUsed: true }).map((o) => ({
        href: href(paths.search({ [f.param]: o.value }, lang)),
        label: o.label,
        count: o.count ?? 0,
      })),
    })),
    topCountries: topCountries.map((c) => ({ href: href(paths.country(c.code, lang)), name: c.name, count: c.count })),
    allCountries: { href: href(paths.countries(lang)), text: s['home.allCountries'](countries.length) },
  };
}
