/**
 * Every string of the site chrome in English, the catalogue's root language. Each other language
 * has a file of its own with the same keys (src/i18n/<code>.ts), checked by TypeScript: a missing
 * or extra key fails the type check. Values that carry figures or names are functions.
 */
export const en = {
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
  'intro.networks':
    'International networks of judges, prosecutors, central authorities and law-enforcement practitioners that matter in the fight against transnational organised crime.',
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
  'finder.intro':
    'Choose two or more countries to see the networks, programmes and practices that bring them all together, and the role each country plays in each. Narrow the list to crime areas or cooperation instruments if you wish.',
  'finder.countries': 'Countries',
  'finder.country': 'Country',
  'finder.optional': '(optional)',
  'finder.none': '— none —',
  'finder.crime': 'Crime areas (any of)',
  'finder.instrument': 'Cooperation instruments (any of)',
  'finder.submit': 'Find shared entries',
  'finder.results': 'Entries they share',
  'finder.entry': 'Entry',
  'finder.noscript':
    'The finder runs in your browser and needs JavaScript. Without it, open each country’s page to see every entry it takes part in:',
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

  // Layout
  'meta.homeDescription':
    'A searchable catalogue of the international judicial and law-enforcement cooperation networks, programmes and practices that matter against transnational organised crime: what they do and who belongs to them.',
  'nav.breadcrumb': 'Breadcrumb',
  // Home
  'home.lede':
    'Which networks connect prosecutors, judges and police across borders, what each one does, and which countries belong to it. The catalogue follows the recommendation of the Council of Europe’s European Committee on Crime Problems (CDPC) to host and maintain a catalogue of international judicial networks.',
  'home.numbers': 'The catalogue in numbers',
  'home.allCountries': (n: number) => `All ${n} countries`,
  // Lists
  'list.summary': (n: number) => `${n} entries, sorted by name.`,
  'list.searchThem': 'Search their full text',
  // Entry
  'entry.datesLabel': 'Dates and corrections',
  'entry.statusAsOf': (date: string) => `(as of ${date})`,
  'entry.ongoing': 'ongoing',
  'entry.consulted': (date: string) => `(consulted ${date})`,
  'entry.noteOn': (country: string) => `Note on ${country}`,
  'entry.activityDate': 'Date',
  'entry.activityTitle': 'Activity',
  'entry.activityPlace': 'Place',
  'entry.noteMarker': '*',
  // Similar entries and overlaps
  'overlap.shares': (o: { sharedCountries: number; memberCountries: number; sharedCrimeAreas: number }) => {
    const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
    const parts = [
      o.sharedCountries > 0 &&
        (o.sharedCountries === o.memberCountries && o.memberCountries > 1
          ? `all ${o.memberCountries} of its member countries`
          : `${o.sharedCountries} of its ${plural(o.memberCountries, 'member country', 'member countries')}`),
      o.sharedCrimeAreas > 0 && plural(o.sharedCrimeAreas, 'crime area', 'crime areas'),
    ].filter(Boolean);
    return parts.length > 0 ? `shares ${parts.join(' and ')}` : 'shares no member country or crime area';
  },
  'overlaps.description': 'The pairs of networks in the catalogue that share the most member countries and crime areas.',
  'overlaps.ledeQuote':
    'The CDPC’s 2017 report found overlaps between some of the networks it catalogued, and warned that “in a world of limited resources and manpower silo working/networking is not effective, networks must work together”',
  'overlaps.ledeSection': 'section 2',
  'overlaps.ledePairs': (pairs: number) => `These are the ${pairs} pairs of networks that share the most.`,
  'overlaps.method':
    'Each pair is scored by the member countries and crime areas the two share, over all the countries and crime areas either has (1 would mean the same countries on the same crimes). A country counts whatever its role. Each entry’s page lists the entries most like it.',
  'overlaps.caption': 'Pairs of networks, strongest overlap first',
  'overlaps.pair': 'Pair',
  'overlaps.sharedMembers': 'Shared members',
  'overlaps.sharedCrimeAreas': 'Shared crime areas',
  'overlaps.overlap': 'Overlap',
  'overlaps.and': 'and',
  'overlaps.with': 'with',
  'overlaps.none': 'none',
  'overlaps.score': (score: string) => `(score ${score})`,
  // Countries
  'countries.caption': 'Countries and the number of entries involving each',
  'countries.country': 'Country',
  'countries.code': 'Code',
  'countries.entries': 'Entries',
  'country.title': (name: string) => `${name}: networks, programmes and practices`,
  'country.description': (name: string, n: number) =>
    `The ${n} entries of the catalogue in which ${name} takes part, and its role in each.`,
  'country.takesPart': (n: number) => `takes part in ${n} ${n === 1 ? 'entry' : 'entries'} of the catalogue.`,
  'country.searchWithin': 'Search within these entries',
  'country.and': 'and…',
  'locator.caption': (name: string) => `${name} and its neighbours.`,
  'locator.worldMap': 'World map of the catalogue',
  // Map
  'map.description':
    "A world map of the countries taking part in the catalogue's networks, programmes and practices, shaded by the number of entries.",
  'map.lede': (n: number) =>
    `${n} countries take part in at least one entry. The darker a country, the more entries include it; select a country for its page. The table gives the same figures.`,
  'map.legend': 'Number of entries including the country:',
  'map.none': 'none',
  'map.tooSmall': 'Too small to draw at this scale:',
  'map.outlines': 'Country outlines: Natural Earth via world-atlas (public domain); they show no position on borders.',
  'map.tableHeading': 'Countries by number of entries',
  'map.caption': 'Countries and the number of entries including each, most first',
  'map.countryEntries': (name: string, n: number) => `${name}: ${n} ${n === 1 ? 'entry' : 'entries'}`,
  // Relationships
  'relationships.description':
    'How the networks, programmes and practices of the catalogue relate to each other: hosted by, part of, partner of, successor of, supported by.',
  'relationships.lede': (relations: number, related: number, entries: number) =>
    `${relations} relations link ${related} of the catalogue’s ${entries} entries. Each is stated once on one entry and shown on both entries’ pages.`,
  'relationships.figure': (kinds: string) =>
    `Entries around the circle, grouped by kind (${kinds}, clockwise from the top); lines are relations.`,
  'relationships.then': ', then ',
  'relationships.asTable': 'The same relations as a table',
  'relationships.tableHeading': 'All relations',
  'relationships.caption': 'Relations between entries, one row per relation',
  'relationships.entry': 'Entry',
  'relationships.relation': 'Relation',
  'relationships.related': 'Related entry',
  'relationships.note': 'Note',
  // Search and finder
  'search.description':
    'Search every network, programme and practice of the catalogue, and filter by kind, region, crime area and member country.',
  'search.results': 'Results',
  'finder.description': "Find the networks, programmes and practices that two or more countries share, and each country's role in each.",
  'finder.caption': (countries: string) => `Entries shared by ${countries}, with each country’s role`,
  'finder.needCountries': (n: number) => `Choose at least ${n} countries to see the entries they share.`,
  'finder.found': (count: number, names: string, filtered: boolean) =>
    count === 0
      ? `No entry brings together ${names}${filtered ? ' with the chosen crime areas or instruments' : ''}. Remove a country or a filter.`
      : `${count} ${count === 1 ? 'entry brings' : 'entries bring'} together ${names}${filtered ? ' with the chosen crime areas or instruments' : ''}.`,
  // About
  'about.title': 'About the catalogue',
  'about.description':
    'What the catalogue of international judicial cooperation networks is, the criteria for inclusion, its sources and their dates, how it is hosted, and how to contribute.',
  // Feed
  'feed.title': 'Catalogue of international judicial cooperation networks',
  // Data page
  'data.title': 'Open data',
  'data.description':
    'The whole catalogue as open data under CC BY 4.0: tidy CSV tables with a Data Package, JSON, Popolo, a DCAT-AP description for data portals, and schema.org on every page.',
  'data.noMemberList': 'No member list in the sources',
};
