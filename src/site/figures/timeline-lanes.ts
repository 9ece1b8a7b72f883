import { utcDay } from "d3-time";
import type { TimelineEvent, TimelineNode } from "../timeline/build-timeline.ts";
import { counted } from "../format.ts";
import { px } from "./svg-numbers.ts";
import { utcDateOf } from "../../archive/calendar.ts";
import { dayCentre, fitText, formatDays, textWidth, type TimeScale } from "./timeline-axis.ts";
import { diamondPoints, flatten, MARGIN, MARK_R } from "./timeline-shapes.ts";
import type { DrawnMark, DrawnMore, DrawnSpan } from "./timeline-figure.ts";

/** Marks shown one above the other on a crowded day; beyond it the top one gives way to "+N". */
export const STACK_LIMIT = 4;
/** Vertical distance between stacked marks. */
const STEP = 14;
/** Marks nearer than this share a stack, so that crowded days never draw over each other. */
const COLUMN = 2 * MARK_R + 2;
/** Title labels beside marks are written only for this few events. */
const LABELLED_EVENTS = 16;
const TITLE_ROW = 18;
const LANE_GAP = 10;

interface Placed {
  event: TimelineEvent;
  planned: boolean;
  x: number;
}

interface Lanes {
  spans: DrawnSpan[];
  marks: DrawnMark[];
  more: DrawnMore[];
  /** Where the axis goes, below the lanes. */
  height: number;
}

function columns(items: Placed[]): Placed[][] {
  const sorted = [...items].sort((a, b) => a.x - b.x || Number(a.planned) - Number(b.planned));
  const groups: Placed[][] = [];
  for (const item of sorted) {
    const group = groups.at(-1);
    if (group && item.x - (group[0]?.x ?? 0) < COLUMN) group.push(item);
    else groups.push([item]);
  }
  return groups;
}

function markOf(item: Placed, x: number, y: number, room: number | undefined): DrawnMark {
  const when = formatDays(item.event.start, item.event.end);
  const text = room === undefined ? undefined : fitText(item.event.title, room);
  return {
    id: item.event.id,
    x: px(x),
    y: px(y),
    r: MARK_R,
    planned: item.planned,
    ...(item.planned ? { points: diamondPoints(x, y, MARK_R) } : {}),
    href: item.event.href,
    label: item.planned ? `${item.event.title} (planned), ${when}` : `${item.event.title}, ${when}`,
    ...(text ? { text: { x: px(x + MARK_R + 4), y: px(y + 4), text, anchor: "start" as const } } : {}),
  };
}

/** Stacks of marks standing on `bottom`, one stack per column, each labelled when `labelled` and there is room. */
function stacks(
  items: Placed[],
  bottom: number,
  right: number,
  labelled: boolean,
  out: Lanes,
  dayHref?: (day: string) => string | undefined,
) {
  const groups = columns(items);
  groups.forEach((group, index) => {
    const x = group[0]?.x ?? 0;
    const next = groups[index + 1]?.[0]?.x ?? right;
    const room = labelled ? next - x - MARK_R - 10 : undefined;
    const shown = group.length > STACK_LIMIT ? group.slice(0, STACK_LIMIT - 1) : group;
    shown.forEach((item, level) => out.marks.push(markOf(item, x, bottom - level * STEP, room)));
    const hidden = group.slice(shown.length);
    const day = hidden[0]?.event.start;
    if (!day) return;
    out.more.push({
      x: px(x),
      y: px(bottom - shown.length * STEP + 4),
      text: `+${hidden.length}`,
      anchor: "middle",
      label: `${counted(hidden.length, "more event")} on ${formatDays(day, day)}`,
      href: dayHref?.(day),
    });
  });
}

function depth(items: Placed[]): number {
  return Math.max(1, ...columns(items).map((group) => Math.min(group.length, STACK_LIMIT)));
}

/** Spans on lanes (sharing one when they and their titles stay apart), then a lane of one-day and planned events. */
export function layoutEvents(
  nodes: readonly TimelineNode[],
  planned: readonly TimelineEvent[],
  scale: TimeScale,
  dayHref?: (day: string) => string | undefined,
): Lanes {
  const right = scale.range()[1] ?? 0;
  const place = (event: TimelineEvent, isPlanned: boolean): Placed => ({ event, planned: isPlanned, x: dayCentre(scale, event.start) });
  const spanEvents = [
    ...nodes.filter((node) => node.start !== node.end).map((node) => ({ event: node, children: flatten(node.children), planned: false })),
    ...planned.filter((event) => event.start !== event.end).map((event) => ({ event, children: [], planned: true })),
  ];
  const dayItems = [
    ...nodes.filter((node) => node.start === node.end).flatMap((node) => flatten([node]).map((event) => place(event, false))),
    ...planned.filter((event) => event.start === event.end).map((event) => place(event, true)),
  ];
  const labelled = flatten(nodes).length + planned.length <= LABELLED_EVENTS;
  const out: Lanes = { spans: [], marks: [], more: [], height: 0 };

  const lanes: { end: number; spans: typeof spanEvents }[] = [];
  for (const span of spanEvents) {
    const x0 = scale(utcDateOf(span.event.start));
    const x1 = scale(utcDay.offset(utcDateOf(span.event.end), 1));
    const reach = Math.min(right, Math.max(x1, x0 + textWidth(span.event.title)));
    const lane = lanes.find((candidate) => candidate.end + 8 <= x0);
    if (lane) {
      lane.spans.push(span);
      lane.end = reach;
    } else lanes.push({ end: reach, spans: [span] });
  }

  let top = 8;
  for (const lane of lanes) {
    const barHeight = Math.max(...lane.spans.map((span) => depth(span.children.map((child) => place(child, false))))) * STEP + 5;
    for (const span of lane.spans) {
      const x0 = scale(utcDateOf(span.event.start));
      const x1 = scale(utcDay.offset(utcDateOf(span.event.end), 1));
      const title = fitText(span.planned ? `${span.event.title} (planned)` : span.event.title, right + MARGIN - x0);
      const when = formatDays(span.event.start, span.event.end);
      out.spans.push({
        id: span.event.id,
        x: px(x0),
        y: px(top + TITLE_ROW),
        width: px(x1 - x0),
        height: px(barHeight),
        planned: span.planned,
        href: span.event.href,
        label: span.planned ? `${span.event.title} (planned), ${when}` : `${span.event.title}, ${when}`,
        ...(title ? { title: { x: px(x0), y: px(top + 13), text: title, anchor: "start" as const } } : {}),
      });
      const children = span.children.map((child) => place(child, false));
      stacks(children, top + TITLE_ROW + barHeight - 4 - MARK_R, Math.min(x1, right), labelled, out, dayHref);
    }
    top += TITLE_ROW + barHeight + LANE_GAP;
  }
  if (dayItems.length > 0) {
    const laneHeight = depth(dayItems) * STEP + 6;
    stacks(dayItems, top + laneHeight - 4 - MARK_R, right, labelled, out, dayHref);
    top += laneHeight;
  }
  out.height = top + 6;
  return out;
}
