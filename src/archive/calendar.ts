import type { Tense, Weekday } from "./model.ts";

/** Indexed like `Date.prototype.getUTCDay`, so Sunday is 0. */
export const WEEKDAYS: readonly Weekday[] = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;
/** How far a year-less date may be pushed to find a Feb 29 or a year that fits the tense. */
const YEARS_TO_SEARCH = 8;

// setUTCFullYear rather than Date.UTC, which reads years 0-99 as 1900-1999.
function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date;
}

/** A Date's UTC day as YYYY-MM-DD (years before 1000 padded). */
export function isoOf(date: Date): string {
  const year = String(date.getUTCFullYear()).padStart(4, "0");
  const month = String(date.getUTCMonth() + 1).padStart(2, "0");
  const day = String(date.getUTCDate()).padStart(2, "0");
  return `${year}-${month}-${day}`;
}

export function isIsoDate(value: string): boolean {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isoOf(utcMidnight(year, month, day)) === value;
}

/** Throws a message that says what was wrong and how to write it, naming the value by `label`. */
export function assertIsoDate(value: string, label = "date"): void {
  if (!isIsoDate(value)) {
    throw new Error(`${label} "${value}" is not a real calendar date; write it as YYYY-MM-DD, e.g. 2020-07-10`);
  }
}

/** Midnight UTC of a YYYY-MM-DD day; a day that does not exist is refused by name. */
export function utcDateOf(isoDate: string): Date {
  assertIsoDate(isoDate);
  return new Date(`${isoDate}T00:00:00Z`);
}

/** The ISO date for year, month (1-12) and day, or null when that day does not exist (Feb 29, 2021). */
export function isoFromParts(year: number, month: number, day: number): string | null {
  const date = utcMidnight(year, month, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? isoOf(date) : null;
}

export function weekdayOf(isoDate: string): Weekday {
  return WEEKDAYS[utcDateOf(isoDate).getUTCDay()] as Weekday;
}

export function addDays(isoDate: string, days: number): string {
  if (!Number.isInteger(days)) throw new Error(`cannot add ${days} days to ${isoDate}; days must be a whole number`);
  return isoOf(new Date(utcDateOf(isoDate).getTime() + days * DAY_MS));
}

/**
 * The `weekday` nearest `published` in the given direction. "past" and "future" allow the publication
 * day itself ("on Friday" in a Friday report is that Friday); "last" and "next" never do.
 */
export function resolveWeekday(published: string, weekday: Weekday, mode: "past" | "future" | "last" | "next"): string {
  const target = WEEKDAYS.indexOf(weekday);
  if (target < 0) throw new Error(`"${weekday}" is not a weekday; write it in full, e.g. Tuesday`);
  const from = utcDateOf(published).getUTCDay();
  const daysBack = (from - target + 7) % 7;
  const daysAhead = (target - from + 7) % 7;
  const offsets = { past: -daysBack, future: daysAhead, last: -(daysBack || 7), next: daysAhead || 7 };
  return addDays(published, offsets[mode]);
}

/**
 * A month and day without a year: in past tense the latest such date not after publication, in future
 * tense the next one not before it. Null when no year has that day (February 30).
 */
export function resolveMonthDay(published: string, month: number, day: number, tense: Tense): string | null {
  const publishedYear = utcDateOf(published).getUTCFullYear();
  const step = tense === "past" ? -1 : 1;
  for (let offset = 0; offset <= YEARS_TO_SEARCH; offset++) {
    const candidate = isoFromParts(publishedYear + step * offset, month, day);
    if (candidate && (tense === "past" ? candidate <= published : candidate >= published)) return candidate;
  }
  return null;
}
