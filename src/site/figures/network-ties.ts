import type { CoOccurrences } from "../co-occurrence.ts";

/** A tie between two entities: how many reports name both. `a` sorts before `b`. */
export interface NetworkEdge {
  a: string;
  b: string;
  weight: number;
}

/** The entities of a network and the ties among them. */
export interface Ties {
  keys: string[];
  edges: NetworkEdge[];
}

const byKey = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Heavier first; equal weights in key order, so two builds pick the same ties. */
function stronger(x: NetworkEdge, y: NetworkEdge): boolean {
  if (x.weight !== y.weight) return x.weight > y.weight;
  return x.a !== y.a ? x.a < y.a : x.b < y.b;
}

const byStrength = (x: NetworkEdge, y: NetworkEdge): number => (stronger(x, y) ? -1 : stronger(y, x) ? 1 : 0);

function reportsInCommon(companions: CoOccurrences, a: string, b: string): number {
  return companions.get(a)?.get(b)?.articles ?? 0;
}

/**
 * The entity, the `limit` entities sharing most reports with it, and every tie among all of them. Keys come
 * focus first, then by reports in common (ties in key order); edges strongest first.
 */
export function egoTies(companions: CoOccurrences, key: string, limit: number): Ties {
  const nearest = [...(companions.get(key) ?? [])]
    .filter(([, shared]) => shared.articles > 0)
    .sort(([ka, a], [kb, b]) => b.articles - a.articles || byKey(ka, kb))
    .slice(0, Math.max(0, limit))
    .map(([other]) => other);
  const keys = [key, ...nearest];
  const edges: NetworkEdge[] = [];
  for (let i = 0; i < keys.length; i += 1) {
    for (let j = i + 1; j < keys.length; j += 1) {
      const weight = reportsInCommon(companions, keys[i]!, keys[j]!);
      if (weight === 0) continue;
      const [a, b] = keys[i]! < keys[j]! ? [keys[i]!, keys[j]!] : [keys[j]!, keys[i]!];
      edges.push({ a, b, weight });
    }
  }
  return { keys, edges: edges.sort(byStrength) };
}

/**
 * The archive's `limit` strongest ties and their entities (keys in key order, edges strongest first). One pass
 * over the pairs with a heap of at most `limit` ties, whose root is the weakest kept: an archive of 10,000
 * entities costs its pair count times log(limit), never a sort of every pair.
 */
export function strongestTies(companions: CoOccurrences, limit: number): Ties {
  const heap: NetworkEdge[] = [];
  if (limit <= 0) return { keys: [], edges: [] };
  for (const [a, row] of companions) {
    for (const [b, shared] of row) {
      if (!(a < b) || shared.articles <= 0) continue;
      const edge = { a, b, weight: shared.articles };
      if (heap.length < limit) siftUp(heap, edge);
      else if (stronger(edge, heap[0]!)) replaceRoot(heap, edge);
    }
  }
  const edges = heap.sort(byStrength);
  const keys = [...new Set(edges.flatMap((edge) => [edge.a, edge.b]))].sort(byKey);
  return { keys, edges };
}

/** Adds to a heap whose root is its weakest tie. */
function siftUp(heap: NetworkEdge[], edge: NetworkEdge): void {
  let i = heap.length;
  heap.push(edge);
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (!stronger(heap[parent]!, edge)) break;
    heap[i] = heap[parent]!;
    i = parent;
  }
  heap[i] = edge;
}

function replaceRoot(heap: NetworkEdge[], edge: NetworkEdge): void {
  let i = 0;
  for (;;) {
    const left = 2 * i + 1;
    if (left >= heap.length) break;
    const right = left + 1;
    const weaker = right < heap.length && stronger(heap[left]!, heap[right]!) ? right : left;
    if (!stronger(edge, heap[weaker]!)) break;
    heap[i] = heap[weaker]!;
    i = weaker;
  }
  heap[i] = edge;
}
