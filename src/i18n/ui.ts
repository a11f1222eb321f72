/**
 * Every string of the site chrome, in one place, so a second language (French, the
 * Council of Europe's other official language) can be added by adding a second table.
 * Content (entries) is written in English; vocabulary labels live in schemas/vocabularies.ts.
 */
export const LANG = 'en';

const en = {
  'site.name': 'Catalogue of international judicial cooperation networks',
  'site.shortName': 'Judicial networks catalogue',
  'site.tagline': 'Who the networks are, what they do and who belongs to them',
  'skip.link': 'Skip to main content',
  'nav.label': 'Main',
  'nav.home': 'Home',
  'nav.networks': 'Networks',
  'nav.programmes': 'Programmes',
  'nav.practices': 'Practices',
  'nav.countries': 'Countries',
  'nav.search': 'Search',
  'nav.about': 'About',
  'footer.about': 'About this catalogue',
  'footer.data': 'Open data (JSON, CSV)',
  'footer.licence': 'Content licensed under CC BY 4.0; code under EUPL-1.2.',
  'footer.contribute': 'Contribute on the repository',
  'search.label': 'Search the catalogue',
  'search.placeholder': 'e.g. asset recovery, Albania, IberRed',
  'search.submit': 'Search',
  'search.filters': 'Filters',
  'search.clear': 'Clear all',
  'search.noscript': 'Search needs JavaScript. Without it, browse the lists of networks, programmes, practices and countries.',
  'search.loading': 'Searching…',
  'search.prompt': 'Type words to search, or choose filters to browse.',
  'search.found.one': 'entry found.',
  'search.found.many': 'entries found.',
  'search.failed': 'Search could not be loaded. Browse the lists of networks, programmes and practices instead.',
  'intro.networks': 'International networks of judges, prosecutors, central authorities and law-enforcement practitioners that matter in the fight against transnational organised crime.',
  'intro.programmes': 'Funded programmes and projects that build or support cooperation between judicial and law-enforcement authorities.',
  'intro.practices': 'Cooperation bodies, channels and national coordination models that practitioners use alongside the networks.',
  'search.noResults': 'No entry matches. Remove a filter or try other words.',
  'search.more': 'Show more results',
  'search.filter.kind': 'Kind of entry',
  'search.filter.region': 'Region',
  'search.filter.crime': 'Crime area',
  'search.filter.country': 'Member country',
  'entry.facts': 'Key facts',
  'entry.type': 'Type',
  'entry.acronym': 'Acronym',
  'entry.alternativeNames': 'Also known as',
  'entry.regions': 'Regions',
  'entry.crimeAreas': 'Crime areas',
  'entry.instruments': 'Cooperation instruments',
  'entry.status': 'Status',
  'entry.established': 'Established',
  'entry.laterNames': 'Later names',
  'entry.since': 'since',
  'entry.activityStatus': 'Status',
  'entry.membersDefinedBy': 'Membership as the sources define it: the member States of',
  'entry.host': 'Host or secretariat',
  'entry.seat': 'Seat',
  'entry.website': 'Website',
  'entry.cdpcSection': 'In CDPC (2017) 1',
  'entry.period': 'Period',
  'entry.funders': 'Funded by',
  'entry.implementers': 'Implemented by',
  'entry.beneficiaries': 'Beneficiaries',
  'entry.pillars': 'Pillars',
  'entry.activities': 'Activities',
  'entry.members': 'Members',
  'entry.memberCount': 'countries',
  'entry.unresolved': 'Members the source does not identify clearly',
  'entry.organisations': 'Organisations taking part',
  'entry.relations': 'Related entries',
  'entry.sources': 'Sources',
  'entry.caveats': 'About these facts',
  'entry.asOf': 'Facts as of',
  'entry.reviewed': 'Last reviewed',
  'entry.changed': 'Last changed',
  'entry.suggest': 'Suggest a correction',
  'entry.edit': 'Edit this file',
  'entry.noMembers': 'The sources list no member countries for this entry.',
  'list.count': 'entries',
  'home.byRegion': 'By region',
  'home.byCrime': 'By crime area',
  'home.byCountry': 'By country',
  'list.role': 'Role of a member country',
  'list.showing': 'Showing',
  'list.apply': 'Apply filters',
  'list.of': 'of',
  'countries.title': 'Countries',
  'countries.intro': 'Every country that takes part in at least one network, programme or practice, with the number of entries.',
  'country.entries': 'Entries involving',
  'country.role': 'Role',
  'finder.title': 'Cooperation finder',
  'finder.intro': 'Choose two or more countries to see the networks, programmes and practices that bring them all together, and the role each country plays in each. Narrow the list to crime areas or cooperation instruments if you wish.',
  'finder.countries': 'Countries',
  'finder.country': 'Country',
  'finder.optional': '(optional)',
  'finder.none': '— none —',
  'finder.crime': 'Crime areas (any of)',
  'finder.instrument': 'Cooperation instruments (any of)',
  'finder.submit': 'Find shared entries',
  'finder.results': 'Entries they share',
  'finder.entry': 'Entry',
  'finder.noscript': 'The finder runs in your browser and needs JavaScript. Without it, open each country’s page to see every entry it takes part in:',
  'finder.loadError': 'The finder’s data could not be loaded. Open the country pages instead.',
  'finder.shareWith': 'Find entries shared with another country',
  'finder.otherCountry': 'Other country',
  'finder.shareSubmit': 'Find shared entries',
  'explore.title': 'Explore',
  'explore.finder': 'find the entries two or more countries share',
  'explore.map': 'see on a world map how many entries include each country',
  'explore.relationships': 'see how entries relate: hosted by, part of, partner of…',
  'explore.overlaps': 'see which networks overlap most in members and crime areas',
  'overlaps.title': 'Overlapping networks',
  'similar.title': 'Similar entries',
  'similar.intro': 'The entries sharing most member countries and crime areas with this one. See also:',
  'similar.withThis': 'with this entry.',
  'relationships.title': 'Relationships between entries',
  'map.title': 'Map of member countries',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved, or the link may be mistyped.',
} as const;

export type UiKey = keyof typeof en;

const tables: Record<string, Record<UiKey, string>> = { en };

export function t(key: UiKey, lang: string = LANG): string {
  return tables[lang]?.[key] ?? en[key];
}

/** "12 March 2017" from an ISO date; partial dates stay partial ("March 2017", "2017"). */
const formats = new Map<string, Intl.DateTimeFormat>();

export function formatDate(iso: string, lang: string = LANG): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number | undefined, number | undefined];
  const date = new Date(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
  // Creating a formatter is costly; one per language and precision serves the whole build.
  const key = `${lang}/${m ? 'm' : ''}${d ? 'd' : ''}`;
  const cached = formats.get(key);
  if (cached) return cached.format(date);
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', timeZone: 'UTC', ...(m ? { month: 'long' } : {}), ...(d ? { day: 'numeric' } : {}) };
  const format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, options);
  formats.set(key, format);
  return format.format(date);
}
