import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { countCoOccurrences, type Context } from "../../../src/site/co-occurrence.ts";
import { drawNetwork, type NetworkDrawing, type NetworkNode } from "../../../src/site/figures/network-figure.ts";
import { egoTies, strongestTies, type NetworkEdge } from "../../../src/site/figures/network-ties.ts";
import type { CoOccurrences } from "../../../src/site/co-occurrence.ts";

const BAGHERI = "people/mohammad-bagheri";
const ASSAD = "people/bashar-al-assad";
const AYYOUB = "people/ali-abdullah-ayyoub";
const NAMES: Record<string, string> = { [BAGHERI]: "Mohammad Bagheri", [ASSAD]: "Bashar al-Assad", [AYYOUB]: "Ali Abdullah Ayyoub" };

const node = (key: string): NetworkNode => ({
  key,
  name: NAMES[key] ?? key,
  href: `/${key}/`,
  collection: key.split("/")[0] as NetworkNode["collection"],
});

const article = (...members: string[]): Context => ({ kind: "article", members });
const event = (...members: string[]): Context => ({ kind: "event", members });

/** A shuffle that is the same on every run. */
function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  let seed = 7;
  for (let i = copy.length - 1; i > 0; i -= 1) {
    seed = (seed * 48271) % 2147483647;
    const j = seed % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The label's box as the layout estimates it (0.57 em a character, 12 px type). */
function labelBox({ label }: NetworkDrawing["nodes"][number]): [number, number, number, number] {
  const w = label.text.length * 0.57 * 12;
  const x0 = label.anchor === "start" ? label.x : label.anchor === "end" ? label.x - w : label.x - w / 2;
  return [x0, label.y - 12, x0 + w, label.y + 3];
}

const overlaps = (a: number[], b: number[]): boolean => a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!;

describe("egoTies", () => {
  const companions = countCoOccurrences([article(BAGHERI, ASSAD, AYYOUB), event(BAGHERI, "places/damascus")]);

  it("takes the entity, its companions in reports and the ties among them, weighted by reports in common", () => {
    const ties = egoTies(companions, BAGHERI, 10);
    expect(ties.keys).toEqual([BAGHERI, AYYOUB, ASSAD]);
    expect(ties.edges).toEqual([
      { a: AYYOUB, b: ASSAD, weight: 1 },
      { a: AYYOUB, b: BAGHERI, weight: 1 },
      { a: ASSAD, b: BAGHERI, weight: 1 },
    ]);
  });

  it("leaves out entities named with it only in events", () => {
    expect(egoTies(companions, BAGHERI, 10).keys).not.toContain("places/damascus");
    expect(egoTies(companions, "places/damascus", 10)).toEqual({ keys: ["places/damascus"], edges: [] });
  });

  it("keeps the `limit` companions sharing most reports, ties in key order", () => {
    const counts = countCoOccurrences([
      article(BAGHERI, "places/tehran"),
      article(BAGHERI, "places/tehran"),
      article(BAGHERI, "people/b"),
      article(BAGHERI, "people/a"),
    ]);
    const ties = egoTies(counts, BAGHERI, 2);
    expect(ties.keys).toEqual([BAGHERI, "places/tehran", "people/a"]);
    expect(ties.edges).toEqual([
      { a: BAGHERI, b: "places/tehran", weight: 2 },
      { a: "people/a", b: BAGHERI, weight: 1 },
    ]);
  });
});

describe("strongestTies", () => {
  it("picks the heaviest ties, equal weights in key order, and leaves out pairs with no report in common", () => {
    const counts = countCoOccurrences([
      ...Array.from({ length: 3 }, () => article("people/c", "people/d")),
      article("people/a", "people/b"),
      article("people/a", "people/e"),
      article("people/b", "people/e"),
      ...Array.from({ length: 5 }, () => event("people/x", "people/y")),
    ]);
    expect(strongestTies(counts, 3)).toEqual({
      keys: ["people/a", "people/b", "people/c", "people/d", "people/e"],
      edges: [
        { a: "people/c", b: "people/d", weight: 3 },
        { a: "people/a", b: "people/b", weight: 1 },
        { a: "people/a", b: "people/e", weight: 1 },
      ],
    });
    expect(strongestTies(counts, 0)).toEqual({ keys: [], edges: [] });
  });

  it("agrees with a full sort, and takes well under a second for 10,000 entities and 200,000 pairs", () => {
    const counts: CoOccurrences = new Map();
    let seed = 1;
    const next = (): number => (seed = (seed * 16807) % 2147483647);
    for (let i = 0; i < 200_000; i += 1) {
      const a = `people/e${next() % 10_000}`;
      const b = `people/e${next() % 10_000}`;
      if (a === b) continue;
      const shared = { articles: next() % 40, events: 1 };
      for (const [p, q] of [
        [a, b],
        [b, a],
      ] as const) {
        const row = counts.get(p) ?? new Map();
        counts.set(p, row.set(q, shared));
      }
    }
    const started = performance.now();
    const { edges } = strongestTies(counts, 60);
    const elapsed = performance.now() - started;
    const all: NetworkEdge[] = [];
    for (const [a, row] of counts) for (const [b, s] of row) if (a < b && s.articles > 0) all.push({ a, b, weight: s.articles });
    all.sort((p, q) => q.weight - p.weight || (p.a < q.a ? -1 : p.a > q.a ? 1 : p.b < q.b ? -1 : p.b > q.b ? 1 : 0));
    expect(edges).toEqual(all.slice(0, 60));
    expect(elapsed).toBeLessThan(1000);
  });
});

describe("drawNetwork", () => {
  const companions = countCoOccurrences([article(BAGHERI, ASSAD), article(BAGHERI, AYYOUB), article(ASSAD, AYYOUB)]);
  const ties = egoTies(companions, BAGHERI, 10);
  const input = { nodes: ties.keys.map(node), edges: ties.edges, focus: BAGHERI };
  const box = { width: 480, height: 320 };

  it("puts the focus at the centre, every node inside the box with its link, and no two labels on each other", () => {
    const drawing = drawNetwork(input, box)!;
    const focus = drawing.nodes.find((n) => n.key === BAGHERI)!;
    expect(focus).toMatchObject({ focus: true, href: "/people/mohammad-bagheri/" });
    expect([focus.x, focus.y]).toEqual([240, 160]);
    expect(drawing.nodes.map((n) => n.href).sort()).toEqual(ties.keys.map((k) => `/${k}/`).sort());
    for (const n of drawing.nodes) {
      expect(n.x).toBeGreaterThan(0);
      expect(n.x).toBeLessThan(480);
      expect(n.y).toBeGreaterThan(0);
      expect(n.y).toBeLessThan(320);
      const [x0, y0, x1, y1] = labelBox(n);
      expect(x0 >= 0 && x1 <= 480 && y0 >= 0 && y1 <= 320, `${n.label.text} inside`).toBe(true);
    }
    const boxes = drawing.nodes.map(labelBox);
    for (let i = 0; i < boxes.length; i += 1)
      for (let j = i + 1; j < boxes.length; j += 1) expect(overlaps(boxes[i]!, boxes[j]!)).toBe(false);
  });

  it("says in words who appears with whom, and names each tie's weight", () => {
    const drawing = drawNetwork(input, box)!;
    expect(drawing.description).toBe(
      "Mohammad Bagheri appears with 2 others: Ali Abdullah Ayyoub (1 report in common), Bashar al-Assad (1 report in common).",
    );
    expect(drawing.edges.map((e) => e.title)).toContain("Mohammad Bagheri and Bashar al-Assad: 1 report in common");
    expect(drawing.nodes.find((n) => n.key === ASSAD)!.ariaLabel).toBe("Bashar al-Assad, person, 1 report with Mohammad Bagheri");
    expect(drawing.legend.map((l) => l.label.text)).toEqual(["Person"]);
  });

  it("draws the same bytes on every call, whatever the order of its input", () => {
    const first = drawNetwork(input, box);
    expect(drawNetwork(input, box)).toEqual(first);
    expect(drawNetwork({ ...input, nodes: [...input.nodes].reverse(), edges: [...input.edges].reverse() }, box)).toEqual(first);
  });

  it("draws the network without a focus that has no tie in it", () => {
    const drawing = drawNetwork({ nodes: [...input.nodes, node("people/alone")], edges: input.edges, focus: "people/alone" }, box)!;
    expect(drawing.nodes.map((n) => n.key)).toEqual([AYYOUB, ASSAD, BAGHERI]);
    expect(drawing.nodes.some((n) => n.focus)).toBe(false);
  });

  it("draws nothing when there is no tie", () => {
    expect(drawNetwork({ nodes: [node(BAGHERI)], edges: [], focus: BAGHERI }, box)).toBeUndefined();
  });

  it("gives each kind its own shape, and thicker lines to stronger ties", () => {
    const drawing = drawNetwork(
      {
        nodes: [node(BAGHERI), node("organizations/irgc"), node("places/tehran")],
        edges: [
          { a: BAGHERI, b: "organizations/irgc", weight: 1 },
          { a: BAGHERI, b: "places/tehran", weight: 9 },
        ],
      },
      box,
    )!;
    expect(drawing.nodes.map((n) => n.shape.tag)).toEqual(["rect", "circle", "polygon"]);
    expect(drawing.legend.map((l) => l.label.text)).toEqual(["Person", "Organization", "Place"]);
    const widths = drawing.edges.map((e) => e.strokeWidth);
    expect(widths).toEqual([1, 6]);
  });

  it("lays out an entity's network of 11 in well under 5 ms", () => {
    const keys = Array.from({ length: 11 }, (_, i) => `people/p${i}`);
    const edges = keys.flatMap((a, i) => keys.slice(i + 1, i + 4).map((b) => ({ a, b, weight: 1 + (i % 3) })));
    const big = { nodes: keys.map(node), edges, focus: keys[0] };
    drawNetwork(big, box);
    const runs = 50;
    const started = performance.now();
    for (let i = 0; i < runs; i += 1) drawNetwork(big, box);
    expect((performance.now() - started) / runs).toBeLessThan(2.5);
  });

  it("keeps the archive's network of 60 ties among 80 long names under 15 KB gzipped, labelling every node", () => {
    const nodes = shuffled(
      Array.from({ length: 80 }, (_, i) => ({
        key: `${["people", "organizations", "places"][i % 3]}/entity-with-a-rather-long-name-${i}`,
        name: `Entity With A Rather Long Name Number ${i}`,
        href: `/archive/${["people", "organizations", "places"][i % 3]}/entity-with-a-rather-long-name-${i}/`,
        collection: (["people", "organizations", "places"] as const)[i % 3]!,
      })),
    );
    const edges = Array.from({ length: 60 }, (_, i) => ({ a: nodes[i]!.key, b: nodes[(i * 7 + 3) % 80]!.key, weight: 1 + (i % 9) }));
    const drawing = drawNetwork({ nodes, edges }, { width: 720, height: 520 })!;
    expect(drawing.nodes.every((n) => n.label.text.length > 0)).toBe(true);
    expect(drawNetwork({ nodes: shuffled(nodes).reverse(), edges: shuffled(edges) }, { width: 720, height: 520 })).toEqual(drawing);
    expect(drawing.description.length).toBeLessThan(600);
    const cid = ' data-astro-cid-abcdefgh=""';
    const shape = (s: NetworkDrawing["nodes"][number]["shape"]): string =>
      s.tag === "circle"
        ? `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}"${cid}></circle>`
        : s.tag === "rect"
          ? `<rect x="${s.x}" y="${s.y}" width="${s.size}" height="${s.size}"${cid}></rect>`
          : `<polygon points="${s.points}"${cid}></polygon>`;
    const markup = [
      `<desc>${drawing.description}</desc><g class="ties"${cid}>`,
      ...drawing.edges.map(
        (e) =>
          `<line x1="${e.x1}" y1="${e.y1}" x2="${e.x2}" y2="${e.y2}" stroke-width="${e.strokeWidth}"${cid}><title${cid}>${e.title}</title></line>`,
      ),
      "</g>",
      ...drawing.nodes.map(
        (n) =>
          `<a href="${n.href}" aria-label="${n.ariaLabel}" class="entity"${cid}>${shape(n.shape)}<text x="${n.label.x}" y="${n.label.y}" text-anchor="${n.label.anchor}"${cid}>${n.label.text}</text></a>`,
      ),
      ...drawing.legend.map((l) => `<g${cid}>${shape(l.shape)}<text x="${l.label.x}" y="${l.label.y}"${cid}>${l.label.text}</text></g>`),
    ].join("\n");
    expect(gzipSync(markup).length).toBeLessThan(15 * 1024);
  });
});
