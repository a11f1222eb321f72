/**
 * The world map, drawn at build time: country outlines from a world-atlas TopoJSON
 * (ISO 3166-1 numeric ids) turned into SVG paths keyed by the catalogue's alpha-2 codes,
 * and the shading classes for "how many entries include this country". Pure: the topology
 * and the numeric→alpha-2 table are passed in, so tests use tiny fixtures.
 */
import { geoArea, geoAzimuthalEqualArea, geoCentroid, geoDistance, geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';

export interface CountryShape {
  code: string;
  /** SVG path data, coordinates rounded to 0.1. */
  d: string;
}

/**
 * world-atlas leaves out an id where ISO 3166-1 has no numeric code; Kosovo is the one the
 * catalogue needs (as XK), so it is recognised by name.
 */
const BY_NAME: Record<string, string> = { Kosovo: 'XK' };
/** Not a country any entry can include, and a large shape: left off to keep the SVG small. */
const LEFT_OFF = new Set(['AQ']);

/** numeric code ("008") → alpha-2 ("AL") from i18n-iso-countries' codes.json rows. */
export function numericToAlpha2Table(rows: ReadonlyArray<readonly string[]>): Map<string, string> {
  return new Map(rows.map((r) => [r[2]!, r[0]!]));
}

export type CountryFeature = Feature<Geometry, { name?: string }>;

/** The topology's countries keyed by alpha-2, in the topology's order. */
export function countryFeatures(
  topology: Topology,
  objectName: string,
  numericToAlpha2: ReadonlyMap<string, string>,
): Array<{ code: string; f: CountryFeature }> {
  const collection = feature(topology, topology.objects[objectName] as GeometryCollection) as FeatureCollection<
    Geometry,
    { name?: string }
  >;
  const coded: Array<{ code: string; f: CountryFeature }> = [];
  for (const f of collection.features) {
    const code = f.id !== undefined ? numericToAlpha2.get(String(f.id).padStart(3, '0')) : BY_NAME[f.properties?.name ?? ''];
    if (code && !LEFT_OFF.has(code)) coded.push({ code, f });
  }
  return coded;
}

export function countryShapes(
  topology: Topology,
  objectName: string,
  numericToAlpha2: ReadonlyMap<string, string>,
  size: { width: number; height: number },
): CountryShape[] {
  const coded = countryFeatures(topology, objectName, numericToAlpha2);
  const projection = geoEqualEarth().fitSize([size.width, size.height], { type: 'FeatureCollection', features: coded.map((c) => c.f) });
  const path = geoPath(projection).digits(1);
  return coded.map(({ code, f }) => ({ code, d: path(f) ?? '' })).filter((s) => s.d !== '');
}

/** A country's largest polygon: France without French Guiana, the United States without Alaska. */
function mainland(f: CountryFeature): Feature<Polygon> {
  const g = f.geometry;
  const polygons: Polygon[] =
    g.type === 'MultiPolygon' ? g.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates })) : g.type === 'Polygon' ? [g] : [];
  const largest = polygons.sort((a, b) => geoArea(b) - geoArea(a))[0]!;
  return { type: 'Feature', properties: {}, geometry: largest };
}

/**
 * A locator map: the country's neighbourhood, centred on it (its main landmass fills the
 * middle third), with only the countries in view. Undefined when the country has no shape.
 */
export function locatorShapes(
  features: ReadonlyArray<{ code: string; f: CountryFeature }>,
  code: string,
  size: { width: number; height: number },
): CountryShape[] | undefined {
  const target = features.find((c) => c.code === code);
  if (!target) return undefined;
  const main = mainland(target.f);
  const [lon, lat] = geoCentroid(main);
  const { width: w, height: h } = size;
  const projection = geoAzimuthalEqualArea()
    .rotate([-lon, -lat])
    .clipAngle(90)
    .fitExtent(
      [
        [w / 3, h / 3],
        [(2 * w) / 3, (2 * h) / 3],
      ],
      main,
    )
    .clipExtent([
      [0, 0],
      [w, h],
    ]);
  const path = geoPath(projection).digits(1);
  // Projecting and clipping every country for every locator map is most of a country page's
  // cost: skip those whose bounding circle lies wholly outside the view.
  const centre: [number, number] = [lon, lat];
  const corners = [
    [0, 0],
    [w, 0],
    [0, h],
    [w, h],
  ].map((p) => projection.invert?.(p as [number, number]));
  const view = corners.every(Boolean) ? Math.max(...corners.map((c) => geoDistance(c!, centre))) : Math.PI / 2;
  return features
    .filter(({ f }) => {
      const { centroid, radius } = boundingCircle(f);
      return geoDistance(centroid, centre) - radius <= view + 0.01;
    })
    .map(({ code: c, f }) => ({ code: c, d: path(f) ?? '' }))
    .filter((s) => s.d !== '');
}

const circles = new WeakMap<CountryFeature, { centroid: [number, number]; radius: number }>();

/** A circle on the sphere holding the whole country (centre and angular radius), computed once. */
function boundingCircle(f: CountryFeature): { centroid: [number, number]; radius: number } {
  const known = circles.get(f);
  if (known) return known;
  const centroid = geoCentroid(f);
  const g = f.geometry;
  const rings = g.type === 'MultiPolygon' ? g.coordinates.flat() : g.type === 'Polygon' ? g.coordinates : [];
  let radius = 0;
  for (const ring of rings) for (const point of ring) radius = Math.max(radius, geoDistance(centroid, point as [number, number]));
  const circle = { centroid, radius };
  circles.set(f, circle);
  return circle;
}

/** Shading classes: upper bounds (inclusive) of each class; the last takes everything above. */
export const MAP_CLASSES = [
  { max: 0, label: 'none' },
  { max: 2, label: '1–2' },
  { max: 5, label: '3–5' },
  { max: 10, label: '6–10' },
  { max: 20, label: '11–20' },
  { max: Infinity, label: 'more than 20' },
] as const;

/** Index into MAP_CLASSES for a number of entries. */
export function shadeClass(count: number): number {
  return MAP_CLASSES.findIndex((c) => count <= c.max);
}
