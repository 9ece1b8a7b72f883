import { utcDay } from "d3-time";
import type { TimelineEvent, TimelineNode } from "../timeline/build-timeline.ts";
import { counted } from "../format.ts";
import { px } from "./svg-numbers.ts";
import { utcDateOf } from "../../archive/calendar.ts";
import { axisTicks, formatDays, timeScale, type DrawnText, type DrawnTick } from "./timeline-axis.ts";
import { drawDensity } from "./timeline-density.ts";
import { flatten, legendAt, MARGIN } from "./timeline-shapes.ts";
import { layoutEvents } from "./timeline-lanes.ts";

export type { DrawnText, DrawnTick } from "./timeline-axis.ts";

export interface TimelineFigureInput {
  /** Events that happened, nested as buildTimeline returns them: spans hold their sub-events. */
  nodes: readonly TimelineNode[];
  /** Events only announced so far, each with its href; drawn as planned (hollow, dashed, labelled), never as done. */
  planned?: readonly TimelineEvent[];
  /** In density mode, the link of a day's bar (e.g. `#day-2020-07-08` or a period page); a bar without one is not a link. */
  dayHref?: (day: string) => string | undefined;
}

/** Something a reader can reach: `label` is both its accessible name and its tooltip. */
export interface DrawnLink {
  href?: string;
  label: string;
}

/** One event, or in density mode the planned events of a period: a disc when it happened, a hollow diamond when planned. */
export interface DrawnMark extends DrawnLink {
  id: string;
  x: number;
  y: number;
  r: number;
  planned: boolean;
  /** The diamond's corners, for a planned mark. */
  points?: string;
  /** The event's title beside it, when there is room. */
  text?: DrawnText;
}

/** An event of several days as a bar, with its title above it. */
export interface DrawnSpan extends DrawnLink {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  planned: boolean;
  title?: DrawnText;
}

/** "+N": the events of a crowded day beyond those its stack shows. */
export interface DrawnMore extends DrawnLink, DrawnText {}

/** In density mode, the number of events of a day, week or month. */
export interface DrawnBin extends DrawnLink {
  start: string;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface DrawnLegendEntry {
  planned: boolean;
  x: number;
  y: number;
  r: number;
  points?: string;
  text: DrawnText;
}

export interface TimelineDrawing {
  /** Natural size in CSS pixels. */
  width: number;
  height: number;
  /** What is drawn, in a sentence or two of plain text. */
  description: string;
  /** One mark per event, or bars counting the events of each period. */
  mode: "events" | "density";
  axis: { x1: number; x2: number; y: number; ticks: DrawnTick[] };
  spans: DrawnSpan[];
  marks: DrawnMark[];
  more: DrawnMore[];
  bins: DrawnBin[];
  /** Other text: in density mode, what the tallest bar counts. */
  notes: DrawnText[];
  legend: DrawnLegendEntry[];
}

/** More events than this are drawn as counts per period, not one mark each. */
export const DENSITY_THRESHOLD = 60;
const MIN_WIDTH = 600;
/** The width of a page's text column (`--measure`, 42rem): on a desktop a timeline never scrolls sideways. */
const MAX_WIDTH = 672;
/** Enough for three days to stand well apart, and for a day's label. */
const PX_PER_DAY = 48;
/** The layout of a timeline drawing, or undefined when there is nothing to draw. */
export function drawTimeline(input: TimelineFigureInput): TimelineDrawing | undefined {
  const happened = flatten(input.nodes);
  const planned = input.planned ?? [];
  const all: TimelineEvent[] = [...happened, ...planned];
  if (all.length === 0) return undefined;
  const first = all.reduce((day, event) => (event.start < day ? event.start : day), all[0]?.start ?? "");
  const last = all.reduce((day, event) => (event.end > day ? event.end : day), all[0]?.end ?? "");
  const from = utcDateOf(first);
  const to = utcDay.offset(utcDateOf(last), 1);
  const days = utcDay.count(from, to);
  const width = px(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, 2 * MARGIN + days * PX_PER_DAY)));
  if (all.length > DENSITY_THRESHOLD) return drawDensity({ happened, planned, dayHref: input.dayHref, from, to, width });
  const scale = timeScale(from, to, MARGIN, width - MARGIN);
  const lanes = layoutEvents(input.nodes, planned, scale, input.dayHref);
  const axisY = lanes.height;
  const legend = lanes.marks.some((mark) => mark.planned) || lanes.spans.some((span) => span.planned) ? legendAt(axisY + 38) : [];
  return {
    width,
    height: px(axisY + 28 + (legend.length > 0 ? 22 : 0)),
    description: describeEvents(input.nodes, happened.length, planned, first, last),
    mode: "events",
    axis: { x1: MARGIN, x2: px(width - MARGIN), y: px(axisY), ticks: axisTicks(scale, px(axisY + 18)) },
    spans: lanes.spans,
    marks: lanes.marks,
    more: lanes.more,
    bins: [],
    notes: [],
    legend,
  };
}

function describeEvents(
  nodes: readonly TimelineNode[],
  count: number,
  planned: readonly TimelineEvent[],
  first: string,
  last: string,
): string {
  const spans = nodes.filter((node) => node.start !== node.end);
  const parts = spans
    .slice(0, 3)
    .map((span) => `${span.title} (${formatDays(span.start, span.end)}), holding ${counted(flatten(span.children).length, "event")}`);
  if (spans.length > 3) parts.push(`${counted(spans.length - 3, "other span")}`);
  const days = nodes.length - spans.length;
  if (days > 0) parts.push(counted(days, spans.length > 0 ? "other event" : "one-day event"));
  const range = first === last ? `on ${formatDays(first, last)}` : `from ${formatDays(first, first)} to ${formatDays(last, last)}`;
  const head = count > 0 ? `${counted(count, "event")} ${range}: ${parts.join("; ")}.` : `No events yet, ${range}.`;
  const shown = planned.slice(0, 3).map((event) => `${event.title} (${formatDays(event.start, event.end)})`);
  if (planned.length > 3) shown.push(`${planned.length - 3} more`);
  return planned.length > 0 ? `${head} ${counted(planned.length, "planned event")}: ${shown.join("; ")}.` : head;
}
