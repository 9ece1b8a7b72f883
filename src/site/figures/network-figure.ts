import { scaleSqrt } from "d3-scale";
import { ENTITY_COLLECTIONS, ENTITY_KINDS, type EntityCollection } from "../../archive/entity-kinds.ts";
import type { Box } from "./label-boxes.ts";
import { CHAR, placeNetworkLabels, type NetworkLabel } from "./network-labels.ts";
import { layOutNetwork } from "./network-layout.ts";
import type { NetworkEdge } from "./network-ties.ts";
import { counted } from "../format.ts";
import { px } from "./svg-numbers.ts";

export interface NetworkNode {
  key: string;
  name: string;
  href: string;
  collection: EntityCollection;
}

export interface NetworkInput {
  nodes: readonly NetworkNode[];
  edges: readonly NetworkEdge[];
  /** The entity the network is about: fixed at the centre, drawn larger. */
  focus?: string;
}

/** A mark by kind, so the kinds differ in shape and not by colour alone. */
export type NetworkShape =
  | { tag: "circle"; cx: number; cy: number; r: number }
  | { tag: "rect"; x: number; y: number; size: number }
  | { tag: "polygon"; points: string };

export type { NetworkLabel } from "./network-labels.ts";

export interface DrawnNode extends NetworkNode {
  x: number;
  y: number;
  focus: boolean;
  shape: NetworkShape;
  label: NetworkLabel;
  /** Name, kind and ties, e.g. "Bashar al-Assad, person, 1 report with Mohammad Bagheri". */
  ariaLabel: string;
}

export interface DrawnEdge extends NetworkEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  strokeWidth: number;
  /** "Mohammad Bagheri and Bashar al-Assad: 1 report in common". */
  title: string;
}

export interface LegendEntry {
  collection: EntityCollection;
  shape: NetworkShape;
  label: NetworkLabel;
}

/** Everything the figure writes, coordinates already rounded: weakest edges first, so strong ones lie on top. */
export interface NetworkDrawing {
  width: number;
  height: number;
  description: string;
  edges: DrawnEdge[];
  nodes: DrawnNode[];
  legend: LegendEntry[];
}

const LINE = 15;
const LEGEND = 20;

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function shapeOf(collection: EntityCollection, x: number, y: number, r: number): NetworkShape {
  if (collection === "people") return { tag: "circle", cx: px(x), cy: px(y), r };
  if (collection === "organizations") return { tag: "rect", x: px(x - r * 0.9), y: px(y - r * 0.9), size: px(r * 1.8) };
  const t = r * 1.3;
  const corners = [0, 1, 2].map((i) => [x + t * Math.sin((i * 2 * Math.PI) / 3), y - t * Math.cos((i * 2 * Math.PI) / 3)]);
  return { tag: "polygon", points: corners.map(([cx, cy]) => `${px(cx!)},${px(cy!)}`).join(" ") };
}

export function drawNetwork(input: NetworkInput, options: { width: number; height: number }): NetworkDrawing | undefined {
  const { width, height } = options;
  const known = new Map([...input.nodes].sort((p, q) => byKey(p.key, q.key)).map((node) => [node.key, node]));
  const edges = input.edges
    .map(({ a, b, weight }) => (a < b ? { a, b, weight } : { a: b, b: a, weight }))
    .filter(({ a, b, weight }) => a !== b && weight > 0 && known.has(a) && known.has(b))
    .sort((p, q) => byKey(p.a, q.a) || byKey(p.b, q.b) || q.weight - p.weight)
    .filter((edge, i, all) => i === 0 || edge.a !== all[i - 1]!.a || edge.b !== all[i - 1]!.b);
  if (edges.length === 0) return undefined;
  const strength = new Map<string, number>();
  for (const { a, b, weight } of edges) for (const k of [a, b]) strength.set(k, (strength.get(k) ?? 0) + weight);
  const focus = input.focus !== undefined && strength.has(input.focus) ? input.focus : undefined;
  const keys = [...known.keys()].filter((k) => strength.has(k));
  const at = layOutNetwork(keys, edges, focus);

  const long = keys.length > 20;
  const text = (name: string): string => (long && name.length > 24 ? `${name.slice(0, 23)}…` : name);
  const radius = (key: string): number => (key === focus ? 9 : long ? 5 : 6.5);
  const widest = Math.max(...keys.map((k) => text(known.get(k)!.name).length * CHAR));
  const marginX = Math.min(widest / 2, width * 0.15) + 10;
  const top = focus === undefined ? LINE + 6 : LEGEND + LINE; // with a focus, as much room above as below it
  const bottom = height - LEGEND - LINE;
  const xs = [...at.values()].map((p) => p.x);
  const ys = [...at.values()].map((p) => p.y);
  const fit = (values: number[], lo: number, hi: number, centre?: number): ((v: number) => number) => {
    if (centre !== undefined) {
      const half = Math.max(...values.map((v) => Math.abs(v - centre)));
      return (v) => (lo + hi) / 2 + (half === 0 ? 0 : ((v - centre) / half) * ((hi - lo) / 2));
    }
    const [min, max] = [Math.min(...values), Math.max(...values)];
    return (v) => (max === min ? (lo + hi) / 2 : lo + ((v - min) / (max - min)) * (hi - lo));
  };
  const fx = fit(xs, marginX, width - marginX, focus === undefined ? undefined : at.get(focus)!.x);
  const fy = fit(ys, top, bottom, focus === undefined ? undefined : at.get(focus)!.y);
  const place = new Map(keys.map((k) => [k, { x: px(fx(at.get(k)!.x)), y: px(fy(at.get(k)!.y)) }]));
  if (focus !== undefined) place.set(focus, { x: px(width / 2), y: px(height / 2) });

  const present = ENTITY_COLLECTIONS.filter((c) => keys.some((k) => known.get(k)!.collection === c));
  let legendX = 8;
  const legend: LegendEntry[] = present.map((collection) => {
    const name = ENTITY_KINDS[collection].label;
    const entry = {
      collection,
      shape: shapeOf(collection, legendX + 6, height - 10, 5),
      label: { x: px(legendX + 16), y: height - 6, anchor: "start" as const, text: name },
    };
    legendX += 30 + name.length * CHAR;
    return entry;
  });

  const obstacles: Box[] = [[0, height - LEGEND, legendX, height]];
  for (const k of keys) {
    const { x, y } = place.get(k)!;
    const r = radius(k) + 1;
    obstacles.push([x - r, y - r, x + r, y + r]);
  }
  const order = [...keys].sort((p, q) => Number(q === focus) - Number(p === focus) || strength.get(q)! - strength.get(p)! || byKey(p, q));
  const labels = placeNetworkLabels(
    order.map((k) => ({ key: k, ...place.get(k)!, r: radius(k), text: text(known.get(k)!.name), bold: k === focus })),
    obstacles,
    width,
    height,
  );

  const name = (k: string): string => known.get(k)!.name;
  const pair = ({ a, b }: NetworkEdge): [string, string] => (b === focus ? [b, a] : [a, b]);
  const maxWeight = Math.max(...edges.map((e) => e.weight));
  const stroke = scaleSqrt()
    .domain([1, Math.max(2, maxWeight)])
    .range([1, 6])
    .clamp(true);
  const drawnEdges: DrawnEdge[] = [...edges]
    .sort((p, q) => p.weight - q.weight || byKey(p.a, q.a) || byKey(p.b, q.b))
    .map((edge) => {
      const [first, second] = pair(edge);
      const [p, q] = [place.get(edge.a)!, place.get(edge.b)!];
      const title = `${name(first)} and ${name(second)}: ${counted(edge.weight, "report")} in common`;
      return { ...edge, x1: p.x, y1: p.y, x2: q.x, y2: q.y, strokeWidth: px(stroke(edge.weight)), title };
    });
  const neighbours = (k: string): NetworkEdge[] => edges.filter((e) => e.a === k || e.b === k);
  const withFocus = (k: string): number => edges.find((e) => (e.a === k && e.b === focus) || (e.b === k && e.a === focus))?.weight ?? 0;
  const nodes: DrawnNode[] = keys.map((k) => {
    const node = known.get(k)!;
    const { x, y } = place.get(k)!;
    const count = neighbours(k).length;
    const ties =
      focus !== undefined && k !== focus && withFocus(k) > 0
        ? `${counted(withFocus(k), "report")} with ${name(focus)}`
        : `appears with ${count} other${count === 1 ? "" : "s"} here`;
    const ariaLabel = `${node.name}, ${ENTITY_KINDS[node.collection].singular}, ${ties}`;
    return { ...node, x, y, focus: k === focus, shape: shapeOf(node.collection, x, y, radius(k)), label: labels.get(k)!, ariaLabel };
  });
  return { width, height, description: describe(edges, keys.length, name, focus), edges: drawnEdges, nodes, legend };
}

function describe(edges: NetworkEdge[], count: number, name: (k: string) => string, focus?: string): string {
  const list = (items: string[], total: number): string =>
    items.join(", ") + (total > items.length ? `, and ${total - items.length} more` : "");
  if (focus !== undefined) {
    const mine = edges
      .filter((e) => e.a === focus || e.b === focus)
      .map((e) => ({ other: e.a === focus ? e.b : e.a, weight: e.weight }))
      .sort((p, q) => q.weight - p.weight || byKey(name(p.other), name(q.other)));
    const items = mine.slice(0, 10).map(({ other, weight }) => `${name(other)} (${counted(weight, "report")} in common)`);
    return `${name(focus)} appears with ${mine.length} other${mine.length === 1 ? "" : "s"}: ${list(items, mine.length)}.`;
  }
  const strongest = [...edges].sort((p, q) => q.weight - p.weight || byKey(p.a, q.a) || byKey(p.b, q.b));
  const items = strongest.slice(0, 3).map((e) => `${name(e.a)} and ${name(e.b)} (${counted(e.weight, "report")} in common)`);
  const ties = `${edges.length} tie${edges.length === 1 ? "" : "s"}`;
  return `${count} people, organizations and places linked by ${ties}. Strongest: ${list(items, edges.length)}.`;
}
