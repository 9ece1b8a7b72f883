import { utcDay, utcMonday, utcMonth, type TimeInterval } from "d3-time";
import type { TimelineEvent } from "../timeline/build-timeline.ts";
import { counted } from "../format.ts";
import { px } from "./svg-numbers.ts";
import { isoOf, utcDateOf } from "../../archive/calendar.ts";
import { monthLabel } from "../timeline/timeline-groups.ts";
import { axisTicks, formatDays, timeScale } from "./timeline-axis.ts";
import { diamondPoints, legendAt, MARGIN, MARK_R } from "./timeline-shapes.ts";
import type { DrawnBin, DrawnMark, TimelineDrawing } from "./timeline-figure.ts";

/** Most bars a density drawing has: enough for a year by the day, few enough to keep the markup small. */
export const MAX_BINS = 400;
/** Narrowest bar that still reads as one. */
const MIN_BAR_WIDTH = 2;
const BAR_HEIGHT = 120;

interface Period {
  name: "day" | "week" | "month";
  interval: TimeInterval;
  /** "on 8 July 2020", "in the week of 6 July 2020", "in July 2020". */
  when: (start: string) => string;
}

const PERIODS: Period[] = [
  { name: "day", interval: utcDay, when: (start) => `on ${formatDays(start, start)}` },
  { name: "week", interval: utcMonday, when: (start) => `in the week of ${formatDays(start, start)}` },
  { name: "month", interval: utcMonth, when: (start) => `in ${monthLabel(start.slice(0, 7))}` },
];

export interface DensityInput {
  happened: readonly TimelineEvent[];
  planned: readonly TimelineEvent[];
  dayHref?: (day: string) => string | undefined;
  /** The days drawn: from the first day's midnight to the midnight after the last. */
  from: Date;
  to: Date;
  width: number;
}

/** The finest period whose bars stay at least 2 px wide and few enough, from a day to a month. */
function periodFor(from: Date, to: Date, plotWidth: number): Period {
  const fits = (period: Period) => {
    const count = period.interval.range(period.interval.floor(from), to).length;
    return count <= MAX_BINS && plotWidth / count >= MIN_BAR_WIDTH;
  };
  return PERIODS.find(fits) ?? (PERIODS.at(-1) as Period);
}

/** Counts events per period by their first day. */
function countBy(events: readonly TimelineEvent[], interval: TimeInterval): Map<string, TimelineEvent[]> {
  const bins = new Map<string, TimelineEvent[]>();
  for (const event of events) {
    const start = isoOf(interval.floor(utcDateOf(event.start)));
    const bin = bins.get(start);
    if (bin) bin.push(event);
    else bins.set(start, [event]);
  }
  return bins;
}

/** Bars of the number of events per day, week or month, and one hollow diamond per period holding planned events. */
export function drawDensity(input: DensityInput): TimelineDrawing {
  const { width } = input;
  const period = periodFor(input.from, input.to, width - 2 * MARGIN);
  const from = period.interval.floor(input.from);
  const to = period.interval.ceil(input.to);
  const scale = timeScale(from, to, MARGIN, width - MARGIN);
  const hasPlanned = input.planned.length > 0;
  const barsTop = 8 + 18 + (hasPlanned ? 24 : 0);
  const axisY = barsTop + BAR_HEIGHT;
  const counts = countBy(input.happened, period.interval);
  const busiest = Math.max(0, ...[...counts.values()].map((events) => events.length));

  const bins: DrawnBin[] = [...counts.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([start, events]) => {
      const x0 = scale(utcDateOf(start));
      const x1 = scale(period.interval.offset(utcDateOf(start), 1));
      const height = Math.max(2, (events.length / busiest) * BAR_HEIGHT);
      return {
        start,
        count: events.length,
        x: px(x0 + 0.5),
        y: px(axisY - height),
        width: px(Math.max(1, x1 - x0 - 1)),
        height: px(height),
        // The bar links to the first day in it that has an event: that day has a heading on the timeline's pages.
        href: input.dayHref?.(events.map((event) => event.start).sort()[0]!),
        label: `${counted(events.length, "event")} ${period.when(start)}`,
      };
    });

  const marks: DrawnMark[] = [...countBy(input.planned, period.interval).entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([start, events]) => {
      const x = (scale(utcDateOf(start)) + scale(period.interval.offset(utcDateOf(start), 1))) / 2;
      const y = barsTop - 14;
      const [only] = events;
      const label =
        events.length === 1 && only
          ? `${only.title} (planned), ${formatDays(only.start, only.end)}`
          : `${counted(events.length, "planned event")} ${period.when(start)}`;
      const href = events.length === 1 ? only?.href : input.dayHref?.(events.map((event) => event.start).sort()[0]!);
      return { id: `planned-${start}`, x: px(x), y: px(y), r: MARK_R, planned: true, points: diamondPoints(x, y, MARK_R), href, label };
    });

  const top = bins.reduce<DrawnBin | undefined>((best, bin) => (best && best.count >= bin.count ? best : bin), undefined);
  const first = isoOf(input.from);
  const last = isoOf(utcDay.offset(input.to, -1));
  const busiestText = top
    ? ` The busiest ${period.name}, ${period.when(top.start).replace(/^(on|in) /, "")}, holds ${counted(top.count, "event")}.`
    : "";
  const plannedText = hasPlanned ? ` ${counted(input.planned.length, "planned event")} drawn as hollow diamonds.` : "";
  const legend = hasPlanned ? legendAt(axisY + 38) : [];
  return {
    width,
    height: px(axisY + 28 + (legend.length > 0 ? 22 : 0)),
    description:
      `${counted(input.happened.length, "event")} from ${formatDays(first, first)} to ${formatDays(last, last)}, counted per ${period.name}.` +
      busiestText +
      plannedText,
    mode: "density",
    axis: { x1: MARGIN, x2: px(width - MARGIN), y: px(axisY), ticks: axisTicks(scale, px(axisY + 18)) },
    spans: [],
    marks,
    more: [],
    bins,
    notes: [{ x: MARGIN, y: 20, text: `Tallest bar: ${counted(busiest, "event")} in a ${period.name}`, anchor: "start" }],
    legend,
  };
}
