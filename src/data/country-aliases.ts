/**
 * Names the source documents use for countries that the ISO dataset does not know,
 * or knows under another name. Keys are written as the sources write them; lookup is
 * case-, accent- and punctuation-insensitive (see `normaliseName` in countries.ts).
 *
 * `jurisdiction` keeps a sub-national unit the source names (England & Wales, Scotland,
 * North Rhine-Westphalia) so the page can say which part of the state takes part.
 */
export interface CountryAlias {
  code: string;
  jurisdiction?: string;
  /** Why the alias exists, for reviewers. */
  why: string;
}

export const COUNTRY_ALIASES: Record<string, CountryAlias> = {
  'FYR of Macedonia': { code: 'MK', why: 'Name used until the 2019 renaming to North Macedonia' },
  'Former Yugoslav Republic of Macedonia': { code: 'MK', why: 'Name used until 2019' },
  'The former Yugoslav Republic of Macedonia': { code: 'MK', why: 'Name used until 2019' },
  Macedonia: { code: 'MK', why: 'Short name used in the sources before 2019' },
  Burma: { code: 'MM', why: 'Former English name of Myanmar' },
  'Green Cape': { code: 'CV', why: 'Translation of Cabo Verde used in the CDPC table' },
  'Cape Verde': { code: 'CV', why: 'Former English name of Cabo Verde' },
  Swaziland: { code: 'SZ', why: 'Name used until the 2018 renaming to Eswatini' },
  Korea: { code: 'KR', why: 'The sources mean the Republic of Korea (party to Council of Europe conventions)' },
  'South Korea': { code: 'KR', why: 'Common name' },
  'Republic of Moldova': { code: 'MD', why: 'Official name' },
  Moldova: { code: 'MD', why: 'Common name' },
  'Slovak Republic': { code: 'SK', why: 'Official name' },
  'Bosnia Herzegovina': { code: 'BA', why: 'Spelling used in the CDPC table' },
  'Bosnia-Herzegovina': { code: 'BA', why: 'Spelling used in the CDPC table' },
  'Bosnia and Herzegovina': { code: 'BA', why: 'Official name' },
  Laos: { code: 'LA', why: 'Common name of the Lao People’s Democratic Republic' },
  Vietnam: { code: 'VN', why: 'Common spelling of Viet Nam' },
  'Viet Nam': { code: 'VN', why: 'UN spelling' },
  "Lao People's Democratic Republic": { code: 'LA', why: 'Official name' },
  'Brunei Darussalam': { code: 'BN', why: 'Official name' },
  Brunei: { code: 'BN', why: 'Common name of Brunei Darussalam' },
  'Timor Leste': { code: 'TL', why: 'Spelling without hyphen' },
  'East Timor': { code: 'TL', why: 'Former English name of Timor-Leste' },
  'Sao Tome and Principe': { code: 'ST', why: 'Spelling without diacritics' },
  'Ivory Coast': { code: 'CI', why: 'English name of Côte d’Ivoire' },
  Syria: { code: 'SY', why: 'Common name' },
  'United States': { code: 'US', why: 'Common name' },
  'The Gambia': { code: 'GM', why: 'Common name' },
  Kosovo: { code: 'XK', why: 'No ISO 3166 code; XK is the user-assigned code in common use' },
  'England & Wales': { code: 'GB', jurisdiction: 'England and Wales', why: 'Separate legal system within the United Kingdom' },
  'England and Wales': { code: 'GB', jurisdiction: 'England and Wales', why: 'Separate legal system within the United Kingdom' },
  Scotland: { code: 'GB', jurisdiction: 'Scotland', why: 'Separate legal system within the United Kingdom' },
  'Northern Ireland': { code: 'GB', jurisdiction: 'Northern Ireland', why: 'Separate legal system within the United Kingdom' },
  'North Rhine-Westphalia': { code: 'DE', jurisdiction: 'North Rhine-Westphalia', why: 'German Land that is a BES partner' },
};

/**
 * Names that stand for more than one country. They are refused, with the candidates,
 * rather than guessed: record the member as unresolved if the source does not say which.
 */
export const AMBIGUOUS_NAMES: Record<string, string[]> = {
  Congo: ['CG', 'CD'],
  'Congo Republic': ['CG', 'CD'],
  Guinea: ['GN', 'GQ', 'GW', 'PG'],
};
