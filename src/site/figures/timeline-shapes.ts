import type { TimelineNode } from "../timeline/build-timeline.ts";
import { px } from "./svg-numbers.ts";
import type { DrawnLegendEntry } from "./timeline-figure.ts";

/** Space left and right of the plot. */
export const MARGIN = 16;
/** Radius of a mark. */
export const MARK_R = 5.5;

/** The corners of the hollow diamond a planned event is drawn as, centred on x, y. */
export function diamondPoints(x: number, y: number, r: number): string {
  const d = r * 1.3;
  return [
    [x, y - d],
    [x + d, y],
    [x, y + d],
    [x - d, y],
  ]
    .map(([a, b]) => `${px(a ?? 0)},${px(b ?? 0)}`)
    .join(" ");
}

/** Every event of the nested list, spans before their sub-events. */
export function flatten(nodes: readonly TimelineNode[]): TimelineNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** The legend, under the axis, when planned events are drawn: shapes tell them apart, not colour alone. */
export function legendAt(y: number): DrawnLegendEntry[] {
  const x = MARGIN + MARK_R;
  const planned = x + 100;
  return [
    { planned: false, x, y, r: MARK_R, text: { x: px(x + 12), y: px(y + 4), text: "happened", anchor: "start" } },
    {
      planned: true,
      x: px(planned),
      y,
      r: MARK_R,
      points: diamondPoints(planned, y, MARK_R),
      text: { x: px(planned + 12), y: px(y + 4), text: "planned", anchor: "start" },
    },
  ];
}
