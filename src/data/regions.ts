/**
 * What each region of the catalogue covers: the countries in it. Continents come from the
 * maintained `countries-list` dataset; the catalogue's own groupings (the European Union as the
 * sources of 2008–2018 knew it, South-East Europe, Eastern Europe and Central Asia, the
 * Mediterranean) are defined here, once. Used to say which entries with no member list "may also
 * concern" a country, and to let the region filter find entries by where their members are.
 */
import { countries as countryData } from 'countries-list';
import type { Region } from '../schemas/vocabularies.ts';

const continent = (codes: string[]) => (c: string) => codes.includes(continentOf(c));
const continentOf = (code: string): string => (countryData as Record<string, { continent: string }>)[code]?.continent ?? '';

/** EU Member States from 1 July 2013 to 31 January 2020: the Union of the sources' time (2008–2018, Croatia from 2013). */
const EU_2013_2020 = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'GB',
];
/** South-East Europe as the regional law-enforcement bodies of the sources draw it (SECI/SELEC members, the Western Balkans and Kosovo). */
const SOUTH_EAST_EUROPE = ['AL', 'BA', 'BG', 'HR', 'GR', 'HU', 'XK', 'MD', 'ME', 'MK', 'RO', 'RS', 'SI', 'TR'];
/** Eastern Europe, the South Caucasus and Central Asia: the countries of the Eastern Partnership, Russia and Central Asia. */
const EASTERN_EUROPE_CENTRAL_ASIA = ['AM', 'AZ', 'BY', 'GE', 'KZ', 'KG', 'MD', 'MN', 'RU', 'TJ', 'TM', 'UA', 'UZ'];
/** The Mediterranean rim, the Middle East and North Africa. */
const MEDITERRANEAN = [
  'AL',
  'BA',
  'CY',
  'DZ',
  'EG',
  'ES',
  'FR',
  'GR',
  'HR',
  'IL',
  'IT',
  'JO',
  'LB',
  'LY',
  'MA',
  'MC',
  'ME',
  'MT',
  'PS',
  'SI',
  'SY',
  'TN',
  'TR',
  'IQ',
  'SA',
  'AE',
  'QA',
  'KW',
  'BH',
  'OM',
  'YE',
  'IR',
];

const REGION_COVERS: Record<Region, (code: string) => boolean> = {
  global: () => true,
  europe: continent(['EU']),
  'european-union': (c) => EU_2013_2020.includes(c),
  'south-east-europe': (c) => SOUTH_EAST_EUROPE.includes(c),
  'eastern-europe-central-asia': (c) => EASTERN_EUROPE_CENTRAL_ASIA.includes(c),
  mediterranean: (c) => MEDITERRANEAN.includes(c),
  africa: continent(['AF']),
  americas: continent(['NA', 'SA']),
  asia: continent(['AS']),
  pacific: continent(['OC']),
};

/** Whether a region covers a country. */
export const regionCovers = (region: Region, code: string): boolean => REGION_COVERS[region](code);

/** The regions (other than global) a country lies in. */
export const regionsOf = (code: string): Region[] =>
  (Object.keys(REGION_COVERS) as Region[]).filter((r) => r !== 'global' && REGION_COVERS[r](code));
