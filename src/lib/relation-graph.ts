/**
 * Lays out the graph of typed relations between entries for a static SVG: nodes on a
 * circle, grouped by kind with a gap between groups, edges curving through the middle.
 * Deterministic (same content, same picture) and pure, so it is tested without Astro;
 * coordinates are rounded to 0.1 to keep the SVG small.
 */
export interface GraphNodeInput {
  id: string;
  group: string;
  label: string;
}

export interface GraphEdgeInput {
  from: string;
  to: string;
  type: string;
}

export interface PlacedNode extends GraphNodeInput {
  x: number;
  y: number;
  /** Which side of the circle the label goes: labels read outwards. */
  anchor: 'start' | 'end';
  labelX: number;
  labelY: number;
}

export interface PlacedEdge extends GraphEdgeInput {
  /** SVG path data: a quadratic curve pulled towards the centre. */
  d: string;
}

export interface GraphLayout {
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  size: number;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Places nodes in the order given (callers sort them: by group, then name), leaving one
 * empty slot between groups. Edges whose ends are not both among the nodes are dropped.
 */
export function layoutGraph(
  nodes: GraphNodeInput[],
  edges: GraphEdgeInput[],
  options = { size: 900, radius: 260, labelGap: 8 },
): GraphLayout {
  const { size, radius, labelGap } = options;
  const c = size / 2;
  const groups = new Set(nodes.map((n) => n.group)).size;
  const slots = nodes.length + (groups > 1 ? groups : 0);
  const placed: PlacedNode[] = [];
  let slot = 0;
  let previous: string | undefined;
  for (const node of nodes) {
    if (groups > 1 && node.group !== previous) slot++;
    previous = node.group;
    // Start at the top and go clockwise.
    const angle = (2 * Math.PI * slot) / Math.max(slots, 1) - Math.PI / 2;
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    placed.push({
      ...node,
      x: round(c + radius * cos),
      y: round(c + radius * sin),
      anchor: cos >= -1e-9 ? 'start' : 'end',
      labelX: round(c + (radius + labelGap) * cos),
      labelY: round(c + (radius + labelGap) * sin + 4),
    });
    slot++;
  }
  const at = new Map(placed.map((n) => [n.id, n]));
  const placedEdges: PlacedEdge[] = [];
  for (const e of edges) {
    const [a, b] = [at.get(e.from), at.get(e.to)];
    if (!a || !b) continue;
    // Control point: the chord's midpoint pulled two-thirds of the way to the centre.
    const qx = round(c + ((a.x + b.x) / 2 - c) / 3);
    const qy = round(c + ((a.y + b.y) / 2 - c) / 3);
    placedEdges.push({ ...e, d: `M${a.x} ${a.y}Q${qx} ${qy} ${b.x} ${b.y}` });
  }
  return { nodes: placed, edges: placedEdges, size };
}
