import { compareEvents } from "../../archive/model.ts";

/** Anything placed on a calendar by its first day (`YYYY-MM-DD`), in the one event order. */
export interface Dated {
  id: string;
  start: string;
  end: string;
}

export interface DayGroup<T> {
  /** YYYY-MM-DD */
  day: string;
  items: T[];
}

export interface MonthGroup<T> {
  /** YYYY-MM */
  month: string;
  days: DayGroup<T>[];
}

export interface YearGroup<T> {
  /** YYYY */
  year: string;
  months: MonthGroup<T>[];
}

/**
 * Groups items year → month → day by the day they start, every level in calendar order. Items keep their
 * given order within a day, so a caller's ordering (a span before the day events it contains) survives.
 */
export function groupByDay<T extends { start: string }>(items: readonly T[]): YearGroup<T>[] {
  const days = new Map<string, T[]>();
  for (const item of items) days.set(item.start, [...(days.get(item.start) ?? []), item]);
  const years: YearGroup<T>[] = [];
  for (const day of [...days.keys()].sort()) {
    const year = day.slice(0, 4);
    const month = day.slice(0, 7);
    let yearGroup = years.at(-1);
    if (yearGroup?.year !== year) years.push((yearGroup = { year, months: [] }));
    let monthGroup = yearGroup.months.at(-1);
    if (monthGroup?.month !== month) yearGroup.months.push((monthGroup = { month, days: [] }));
    monthGroup.days.push({ day, items: days.get(day)! });
  }
  return years;
}

/** A stretch of the timeline and the page that lists it. */
export interface Period {
  /** Address of the page under /timeline/: `2020`, `2020/07`, or `2020/07/part-2`. */
  path: string;
  year: string;
  /** `YYYY-MM` when the period is a month or part of one. */
  month?: string;
  part?: number;
  count: number;
  /** First and last day with an event. */
  first: string;
  last: string;
}

export interface TimelinePage<T> extends Period {
  /** The events the page lists, in date order; empty when the page only links to shorter periods. */
  events: T[];
  /** Shorter periods the page links to instead, when it holds more events than a page may list. */
  periods: Period[];
  /** Paths of the listing pages just before and after, for reading the timeline page by page. */
  previous?: string;
  next?: string;
}

export interface YearSummary extends Period {
  /** Each month, with the path of the page that lists it (the year page itself, or the month's own page). */
  months: Period[];
}

export interface TimelinePlan<T> {
  years: YearSummary[];
  pages: TimelinePage<T>[];
}

function periodOf(path: string, events: readonly Dated[], extra: Pick<Period, "year" | "month" | "part">): Period {
  return { path, ...extra, count: events.length, first: events[0]!.start, last: events.at(-1)!.start };
}

/** Splits a month's events into parts of at most `limit`, cutting between days unless one day alone is too big. */
function partsOf<T extends Dated>(events: readonly T[], limit: number): T[][] {
  const parts: T[][] = [];
  let current: T[] = [];
  for (const day of groupByDay(events).flatMap((y) => y.months.flatMap((m) => m.days))) {
    if (current.length > 0 && current.length + day.items.length > limit) {
      parts.push(current);
      current = [];
    }
    for (let i = 0; i < day.items.length; i += limit) {
      const slice = day.items.slice(i, i + limit);
      if (current.length + slice.length > limit) {
        parts.push(current);
        current = [];
      }
      current.push(...slice);
    }
  }
  if (current.length > 0) parts.push(current);
  return parts;
}

/**
 * Plans the archive-wide timeline so that no page lists more than `limit` events: a page per year; a year with
 * more events becomes an overview of month pages; a month with more becomes an overview of parts, cut between
 * days. Each event sits on the page of the day it starts.
 */
export function planTimelinePages<T extends Dated>(events: readonly T[], limit: number): TimelinePlan<T> {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`limit must be a whole number of at least 1, got ${limit}`);
  const sorted = [...events].sort(compareEvents);
  const years: YearSummary[] = [];
  const pages: TimelinePage<T>[] = [];
  const listing = (period: Period, list: T[]) => pages.push({ ...period, events: list, periods: [] });
  for (const yearGroup of groupByDay(sorted)) {
    const { year } = yearGroup;
    const yearEvents = yearGroup.months.flatMap((m) => m.days.flatMap((d) => d.items));
    const yearPeriod = periodOf(year, yearEvents, { year });
    const split = yearEvents.length > limit;
    const months = yearGroup.months.map((monthGroup) => {
      const { month } = monthGroup;
      const monthEvents = monthGroup.days.flatMap((d) => d.items);
      return { period: periodOf(split ? `${year}/${month.slice(5)}` : year, monthEvents, { year, month }), monthEvents };
    });
    years.push({ ...yearPeriod, months: months.map((m) => m.period) });
    if (!split) {
      listing(yearPeriod, yearEvents);
      continue;
    }
    pages.push({ ...yearPeriod, events: [], periods: months.map((m) => m.period) });
    for (const { period, monthEvents } of months) {
      if (monthEvents.length <= limit) {
        listing(period, monthEvents);
        continue;
      }
      const parts = partsOf(monthEvents, limit).map((list, i) => ({
        period: periodOf(`${period.path}/part-${i + 1}`, list, { year, month: period.month, part: i + 1 }),
        list,
      }));
      pages.push({ ...period, events: [], periods: parts.map((p) => p.period) });
      for (const { period: partPeriod, list } of parts) listing(partPeriod, list);
    }
  }
  const listings = pages.filter((page) => page.events.length > 0);
  listings.forEach((page, i) => {
    page.previous = listings[i - 1]?.path;
    page.next = listings[i + 1]?.path;
  });
  return { years, pages };
}

/** The paths of the pages a timeline page sits in, outermost first: `2020/07/part-2` → `2020`, `2020/07`. */
export function enclosingPaths(path: string): string[] {
  const segments = path.split("/");
  return segments.slice(0, -1).map((_, i) => segments.slice(0, i + 1).join("/"));
}

const monthFormat = new Intl.DateTimeFormat("en-GB", { month: "long", year: "numeric", timeZone: "UTC" });
const dayFormat = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" });

/** "July 2020" for `2020-07`. */
export function monthLabel(month: string): string {
  return monthFormat.format(new Date(`${month}-01T00:00:00Z`));
}

/** How a period is named in headings and links: "2020", "July 2020", "July 2020, 1–10 July". */
export function periodLabel(period: Pick<Period, "year" | "month" | "part" | "first" | "last">): string {
  if (!period.month) return period.year;
  if (period.part === undefined) return monthLabel(period.month);
  const [first, last] = [period.first, period.last].map((day) => dayFormat.format(new Date(`${day}T00:00:00Z`)));
  return `${monthLabel(period.month)}, ${first === last ? first : `${first.split(" ")[0]}–${last}`}`;
}
