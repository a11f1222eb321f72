/**
 * The world's country outlines for this site's maps, read from world-atlas (110m: small
 * enough for a page) and projected once per build, then shared by every page drawing a map.
 */
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import codes from 'i18n-iso-countries/codes.json';
import { countryFeatures, countryShapes, locatorShapes, numericToAlpha2Table, type CountryShape } from './world-map.ts';

export const MAP_SIZE = { width: 960, height: 470 };

export const LOCATOR_SIZE = { width: 320, height: 220 };

const topology = world as unknown as Topology;
const table = numericToAlpha2Table(codes as string[][]);
let shapes: CountryShape[] | undefined;
let features: ReturnType<typeof countryFeatures> | undefined;

export function worldShapes(): CountryShape[] {
  shapes ??= countryShapes(topology, 'countries', table, MAP_SIZE);
  return shapes;
}

/** One country's neighbourhood for its page; undefined when it is too small for world-atlas. */
export function locatorMap(code: string): CountryShape[] | undefined {
  features ??= countryFeatures(topology, 'countries', table);
  return locatorShapes(features, code, LOCATOR_SIZE);
}
