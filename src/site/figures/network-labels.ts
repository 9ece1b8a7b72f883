import { overlap, type Box } from "./label-boxes.ts";
import { px } from "./svg-numbers.ts";

export interface NetworkLabel {
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  text: string;
}

/** A node to label: where its mark is, how big, and the words. */
export interface LabelledNode {
  key: string;
  x: number;
  y: number;
  r: number;
  text: string;
  /** The focus's label is bold, so it runs wider. */
  bold: boolean;
}

const FONT = 12;
/** A generous average advance of the UI font at 12 px, to keep estimated labels from touching. */
export const CHAR = 0.57 * FONT;
/** How much wider a bold label runs. */
const BOLD = 1.15;
const GAP = 4;

/** Label boxes in the order tried: right of the mark, left, then above and below (centred, then to either side). */
function candidates(x: number, y: number, r: number, w: number): [NetworkLabel["anchor"], number, number, Box][] {
  const spots: [NetworkLabel["anchor"], number, number][] = [
    ["start", x + r + GAP, y + FONT / 3],
    ["end", x - r - GAP, y + FONT / 3],
  ];
  for (const base of [y - r - GAP, y + r + GAP + FONT - 3]) {
    spots.push(["middle", x, base], ["start", x + r / 2, base], ["end", x - r / 2, base]);
  }
  return spots.map(([anchor, lx, ly]) => {
    const x0 = anchor === "start" ? lx : anchor === "end" ? lx - w : lx - w / 2;
    return [anchor, lx, ly, [x0, ly - FONT, x0 + w, ly + 3]];
  });
}

/**
 * Labels for `nodes`, placed greedily in the order given (most important first): each takes the spot that
 * overlaps least with the marks, the legend (`obstacles`) and the labels placed before it, inside the box.
 */
export function placeNetworkLabels(
  nodes: readonly LabelledNode[],
  obstacles: readonly Box[],
  width: number,
  height: number,
): Map<string, NetworkLabel> {
  const taken = [...obstacles];
  const labels = new Map<string, NetworkLabel>();
  for (const node of nodes) {
    const options = candidates(node.x, node.y, node.r, node.text.length * CHAR * (node.bold ? BOLD : 1));
    const cost = ([, , , box]: (typeof options)[number]): number => {
      const outside = Math.max(0, -box[0]) + Math.max(0, box[2] - width) + Math.max(0, -box[1]) + Math.max(0, box[3] - height);
      return outside * 1e4 + taken.reduce((sum, other) => sum + overlap(box, other), 0);
    };
    const best = options.reduce((p, q) => (cost(q) < cost(p) ? q : p));
    taken.push(best[3]);
    labels.set(node.key, { x: px(best[1]), y: px(best[2]), anchor: best[0], text: node.text });
  }
  return labels;
}
