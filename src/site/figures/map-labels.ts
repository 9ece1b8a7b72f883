import { overlap, type Box } from "./label-boxes.ts";
import type { MapLabel, MapPoint } from "./map-figure.ts";
import { px } from "./svg-numbers.ts";

/** An estimate of the UI font's advance at 12 px. */
const CHARACTER_WIDTH = 7;
const SIDES = ["right", "left", "above", "below"] as const;

/**
 * Names beside points, greedy, most important first: each takes the first of right, left, above and below that
 * overlaps no point or earlier label and stays inside the box. Without `always`, a label that finds no free side is
 * left out (the point keeps its accessible name); with it, it takes the side that overlaps least.
 */
export function placeMapLabels(
  labelled: readonly MapPoint[],
  points: readonly MapPoint[],
  width: number,
  height: number,
  always: boolean,
): MapLabel[] {
  const taken: Box[] = points.map(({ x, y, r, ring = r }) => [x - ring, y - ring, x + ring, y + ring]);
  const labels: MapLabel[] = [];
  for (const point of labelled) {
    const [size, gap, own] = [point.name.length * CHARACTER_WIDTH, (point.ring ?? point.r) + 3, points.indexOf(point)];
    const candidates = SIDES.map((side) => {
      const anchor: MapLabel["anchor"] = side === "right" ? "start" : side === "left" ? "end" : "middle";
      const x = point.x + (side === "right" ? gap : side === "left" ? -gap : 0);
      const y = side === "above" ? point.y - gap - 3 : side === "below" ? point.y + gap + 9 : point.y + 4;
      const left = anchor === "start" ? x : anchor === "end" ? x - size : x - size / 2;
      const box: Box = [left, y - 9, left + size, y + 3];
      const outside = box[0] < 1 || box[1] < 1 || box[2] > width - 1 || box[3] > height - 1;
      const cost = taken.reduce((sum, other, index) => (index === own ? sum : sum + overlap(box, other)), outside ? 1e6 : 0);
      return { label: { text: point.name, x: px(x), y: px(y), anchor }, box, cost };
    });
    const best = candidates.reduce((a, b) => (b.cost < a.cost ? b : a));
    if (best.cost > 0 && !always) continue;
    taken.push(best.box);
    labels.push(best.label);
  }
  return labels;
}
