/**
 * The world's country outlines for this site's maps, read from world-atlas (110m: small
 * enough for a page) and projected once per build, then shared by every page drawing a map.
 */
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import codes from 'i18n-iso-countries/codes.json';
import { countryShapes, numericToAlpha2Table, type CountryShape } from './world-map.ts';

export const MAP_SIZE = { width: 960, height: 470 };

let shapes: CountryShape[] | undefined;

export function worldShapes(): CountryShape[] {
  shapes ??= countryShapes(world as unknown as Topology, 'countries', numericToAlpha2Table(codes as string[][]), MAP_SIZE);
  return shapes;
}
