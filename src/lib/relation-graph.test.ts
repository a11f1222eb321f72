import { describe, expect, it } from 'vitest';
import { layoutGraph } from './relation-graph.ts';

const nodes = [
  { id: 'a', group: 'networks', label: 'A' },
  { id: 'b', group: 'networks', label: 'B' },
  { id: 'c', group: 'practices', label: 'C' },
];

describe('layoutGraph', () => {
  const layout = layoutGraph(
    nodes,
    [
      { from: 'a', to: 'c', type: 'partner' },
      { from: 'a', to: 'missing', type: 'part-of' },
    ],
    { size: 200, radius: 50, labelGap: 10 },
  );

  it('puts every node on the circle, in order, with a gap between groups', () => {
    const dist = (n: { x: number; y: number }) => Math.hypot(n.x - 100, n.y - 100);
    for (const n of layout.nodes) expect(dist(n)).toBeCloseTo(50, 0);
    // 3 nodes + 2 group gaps = 5 slots; a sits in slot 1, b in slot 2, c in slot 4.
    const angle = (n: { x: number; y: number }) => (Math.atan2(n.y - 100, n.x - 100) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
    expect(layout.nodes.map((n) => Math.round((angle(n) / (2 * Math.PI)) * 5))).toEqual([1, 2, 4]);
  });

  it('labels outwards: right half reads from the node, left half towards it', () => {
    expect(layout.nodes.map((n) => n.anchor)).toEqual(['start', 'start', 'end']);
    const [a] = layout.nodes;
    expect(Math.hypot(a!.labelX - 100, a!.labelY - 4 - 100)).toBeCloseTo(60, 0);
  });

  it('draws only edges between placed nodes, rounded to one decimal', () => {
    expect(layout.edges).toHaveLength(1);
    expect(layout.edges[0]!.d).toMatch(/^M[\d.]+ [\d.]+Q[\d.]+ [\d.]+ [\d.]+ [\d.]+$/);
    expect(layout.edges[0]!.d).not.toMatch(/\.\d\d/);
  });

  it('is deterministic', () => {
    expect(layoutGraph(nodes, [])).toEqual(layoutGraph(nodes, []));
  });
});
