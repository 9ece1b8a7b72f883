import { scaleUtc, type ScaleTime } from "d3-scale";
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from "d3-time";
import { utcDateOf } from "../../archive/calendar.ts";
import { dayFormat, formatDate } from "../format.ts";
import { px } from "./svg-numbers.ts";

/** A line of text in a drawing, at its baseline. */
export interface DrawnText {
  x: number;
  y: number;
  text: string;
  anchor: "start" | "middle" | "end";
}

/** A tick on the time axis: its mark at a period's start, and a label when there is room for one. */
export interface DrawnTick {
  x: number;
  label?: DrawnText;
}

/** Width of a 12 px line of text, estimated generously so that labels kept apart by it never touch. */
export function textWidth(text: string): number {
  return text.length * 7;
}

/** The text cut to fit `room` pixels, with an ellipsis; undefined when too little of it would be left to read. */
export function fitText(text: string, room: number): string | undefined {
  if (textWidth(text) <= room) return text;
  const chars = Math.floor(room / 7) - 1;
  return chars >= 4 ? `${text.slice(0, chars).trimEnd()}…` : undefined;
}

export type TimeScale = ScaleTime<number, number>;

/** An event occupies its days whole: from its first day's midnight to the midnight after its last. */
export function timeScale(from: Date, to: Date, left: number, right: number): TimeScale {
  return scaleUtc().domain([from, to]).range([left, right]);
}

/** The middle of a day on the axis, where the day's marks stand. */
export function dayCentre(scale: TimeScale, day: string): number {
  const start = utcDateOf(day);
  return (scale(start) + scale(utcDay.offset(start, 1))) / 2;
}

const dayMonth = dayFormat({ day: "numeric", month: "short" });
const dayMonthLong = dayFormat({ day: "numeric", month: "long" });
const monthShort = dayFormat({ month: "short" });

/** "7–9 July 2020", "30 June – 2 July 2020", "7 July 2020": the days of an event as a label says them. */
export function formatDays(start: string, end: string): string {
  if (start === end) return formatDate(start);
  if (start.slice(0, 7) === end.slice(0, 7)) return `${utcDateOf(start).getUTCDate()}–${formatDate(end)}`;
  if (start.slice(0, 4) === end.slice(0, 4)) return `${dayMonthLong(utcDateOf(start))} – ${formatDate(end)}`;
  return `${formatDate(start)} – ${formatDate(end)}`;
}

interface TickStep {
  interval: TimeInterval;
  /** About how many days one period lasts. */
  days: number;
  /** A day's label stands in the middle of its day; longer periods are labelled from their start. */
  centred: boolean;
  label: (date: Date, first: boolean) => string;
}

function dayLabel(date: Date, first: boolean): string {
  const text = dayMonth(date);
  return first || (date.getUTCMonth() === 0 && date.getUTCDate() === 1) ? `${text} ${date.getUTCFullYear()}` : text;
}

function monthLabel(date: Date, first: boolean): string {
  const text = monthShort(date);
  return first || date.getUTCMonth() === 0 ? `${text} ${date.getUTCFullYear()}` : text;
}

const yearLabel = (date: Date): string => String(date.getUTCFullYear());

/** From the finest period to the coarsest: the axis takes the first whose labels do not overlap. */
const STEPS: TickStep[] = [
  { interval: utcDay, days: 1, centred: true, label: dayLabel },
  { interval: utcMonday, days: 7, centred: false, label: dayLabel },
  { interval: utcMonth, days: 30.4, centred: false, label: monthLabel },
  ...[3, 6].flatMap((months) => {
    const interval = utcMonth.every(months);
    return interval ? [{ interval, days: 30.4 * months, centred: false, label: monthLabel }] : [];
  }),
  ...[1, 2, 5, 10, 20, 50].flatMap((years) => {
    const interval = utcYear.every(years);
    return interval ? [{ interval, days: 365.25 * years, centred: false, label: yearLabel }] : [];
  }),
];

/** Space kept between two tick labels. */
export const TICK_LABEL_GAP = 6;

/** The horizontal extent of a label, as estimated by textWidth. */
export function labelExtent(label: DrawnText): [number, number] {
  const width = textWidth(label.text);
  if (label.anchor === "middle") return [label.x - width / 2, label.x + width / 2];
  return label.anchor === "start" ? [label.x, label.x + width] : [label.x - width, label.x];
}

function ticksOf(step: TickStep, scale: TimeScale, baseline: number): DrawnTick[] {
  const [from, to] = scale.domain() as [Date, Date];
  const right = scale.range()[1] ?? 0;
  const dates = step.interval.range(step.interval.ceil(from), utcDay.offset(to, 1));
  return dates.map((date, index) => {
    const x = scale(date);
    const text = step.label(date, index === 0);
    if (step.centred) {
      if (date >= to) return { x: px(x) };
      const centre = (x + scale(utcDay.offset(date, 1))) / 2;
      return { x: px(x), label: { x: px(centre), y: baseline, text, anchor: "middle" } };
    }
    const label: DrawnText = { x: px(x + 3), y: baseline, text, anchor: "start" };
    return labelExtent(label)[1] > right + 12 ? { x: px(x) } : { x: px(x), label };
  });
}

function overlaps(ticks: readonly DrawnTick[]): boolean {
  let end = -Infinity;
  for (const tick of ticks) {
    if (!tick.label) continue;
    const [from, to] = labelExtent(tick.label);
    if (from < end + TICK_LABEL_GAP) return true;
    end = to;
  }
  return false;
}

/** No tick label is narrower than this ("2020", "Jul"), so a period drawn narrower cannot hold one. */
const NARROWEST_LABEL = 24;

/** Ticks of the finest period whose labels fit side by side at the scale's width per day. */
export function axisTicks(scale: TimeScale, baseline: number): DrawnTick[] {
  const [from, to] = scale.domain() as [Date, Date];
  const [left, right] = scale.range() as [number, number];
  const perDay = (right - left) / Math.max(1, utcDay.count(from, to));
  let ticks: DrawnTick[] = [];
  // Periods too short for any label are not tried: five years of days would be formatted for nothing.
  for (const step of STEPS.filter((candidate, i) => i === STEPS.length - 1 || candidate.days * perDay >= NARROWEST_LABEL)) {
    ticks = ticksOf(step, scale, baseline);
    if (!overlaps(ticks)) return ticks;
  }
  return ticks.map(({ x }) => ({ x }));
}
