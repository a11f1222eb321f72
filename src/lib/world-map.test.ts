import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { MAP_CLASSES, countryFeatures, countryShapes, locatorShapes, numericToAlpha2Table, shadeClass } from './world-map.ts';

// Clockwise rings (d3-geo reads anticlockwise ones as "the whole globe but this").
const square = (x: number, y: number) => [
  [x, y],
  [x, y + 10],
  [x + 10, y + 10],
  [x + 10, y],
  [x, y],
];
const topology = {
  type: 'Topology',
  arcs: [square(0, 0), square(25, 0), square(-20, -80), square(40, 0)],
  objects: {
    countries: {
      type: 'GeometryCollection',
      geometries: [
        { type: 'Polygon', id: '008', arcs: [[0]], properties: { name: 'Albania' } },
        { type: 'Polygon', arcs: [[1]], properties: { name: 'Kosovo' } },
        { type: 'Polygon', id: '010', arcs: [[2]], properties: { name: 'Antarctica' } },
        { type: 'Polygon', id: '999', arcs: [[3]], properties: { name: 'Nowhere' } },
      ],
    },
  },
} as unknown as Topology;
const table = numericToAlpha2Table([
  ['AL', 'ALB', '008'],
  ['AQ', 'ATA', '010'],
]);

describe('countryShapes', () => {
  const shapes = countryShapes(topology, 'countries', table, { width: 300, height: 100 });

  it('keys shapes by alpha-2, recognising Kosovo by name and leaving out Antarctica and unknown ids', () => {
    expect(shapes.map((s) => s.code)).toEqual(['AL', 'XK']);
  });

  it('fits the shapes in the box and rounds coordinates to one decimal', () => {
    const numbers = shapes.flatMap((s) => s.d.match(/-?\d+(\.\d+)?/g)!.map(Number));
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(300);
    for (const s of shapes) expect(s.d).not.toMatch(/\.\d\d/);
  });
});

describe('locatorShapes', () => {
  const features = countryFeatures(topology, 'countries', table);

  it('centres the chosen country and keeps only the shapes in view', () => {
    const shapes = locatorShapes(features, 'AL', { width: 90, height: 90 })!;
    expect(shapes.map((s) => s.code)).toContain('AL');
    const xs = shapes
      .find((s) => s.code === 'AL')!
      .d.match(/-?\d+(\.\d+)?/g)!
      .map(Number)
      .filter((_, i) => i % 2 === 0);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(29);
    expect(Math.max(...xs)).toBeLessThanOrEqual(61);
    // Kosovo’s square, 15° to the east, is outside this box but inside a wider one.
    expect(shapes.map((s) => s.code)).toEqual(['AL']);
    expect(locatorShapes(features, 'AL', { width: 300, height: 90 })!.map((s) => s.code)).toEqual(['AL', 'XK']);
  });

  it('has nothing to draw for a country without a shape', () => {
    expect(locatorShapes(features, 'MT', { width: 90, height: 90 })).toBeUndefined();
  });
});

describe('shadeClass', () => {
  it('puts counts in the class whose bound they do not exceed', () => {
    expect([0, 1, 2, 3, 5, 6, 20, 21, 99].map(shadeClass)).toEqual([0, 1, 1, 2, 2, 3, 4, 5, 5]);
    expect(MAP_CLASSES).toHaveLength(6);
  });
});
