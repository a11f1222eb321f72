import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { MAP_CLASSES, countryShapes, numericToAlpha2Table, shadeClass } from './world-map.ts';

// Clockwise rings (d3-geo reads anticlockwise ones as "the whole globe but this").
const square = (x: number, y: number) => [[x, y], [x, y + 10], [x + 10, y + 10], [x + 10, y], [x, y]];
const topology = {
  type: 'Topology',
  arcs: [square(0, 0), square(20, 0), square(-20, -80), square(40, 0)],
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
const table = numericToAlpha2Table([['AL', 'ALB', '008'], ['AQ', 'ATA', '010']]);

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

describe('shadeClass', () => {
  it('puts counts in the class whose bound they do not exceed', () => {
    expect([0, 1, 2, 3, 5, 6, 20, 21, 99].map(shadeClass)).toEqual([0, 1, 1, 2, 2, 3, 4, 5, 5]);
    expect(MAP_CLASSES).toHaveLength(6);
  });
});
