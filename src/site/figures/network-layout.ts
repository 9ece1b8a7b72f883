import Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import type { NetworkEdge } from "./network-ties.ts";

/** Graphs up to this many nodes (an entity and its companions) settle in fewer iterations. */
const SMALL_GRAPH = 12;

/** Fixed seed → fixed start → the same layout on every build. */
function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/**
 * Positions for `keys` (in key order) by ForceAtlas2 over the weighted ties, from a start seeded by the keys, so
 * the same network always lands the same way; the focus stays at the origin. Units are the layout's own.
 */
export function layOutNetwork(
  keys: readonly string[],
  edges: readonly NetworkEdge[],
  focus?: string,
): Map<string, { x: number; y: number }> {
  const graph = new Graph({ type: "undirected" });
  const random = mulberry32(hash(keys.join("\n")));
  for (const key of keys) {
    const fixed = key === focus;
    graph.addNode(key, { x: fixed ? 0 : random() * 100 - 50, y: fixed ? 0 : random() * 100 - 50, fixed });
  }
  for (const { a, b, weight } of edges) graph.addEdge(a, b, { weight });
  const iterations = graph.order <= SMALL_GRAPH ? 40 : graph.order <= 40 ? 120 : 200;
  forceAtlas2.assign(graph, { iterations, settings: { ...forceAtlas2.inferSettings(graph), linLogMode: true } });
  return new Map(keys.map((key) => [key, graph.getNodeAttributes(key) as { x: number; y: number }]));
}
