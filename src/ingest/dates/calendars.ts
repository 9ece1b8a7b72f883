import {
  CalendarDate,
  GregorianCalendar,
  IslamicUmalquraCalendar,
  PersianCalendar,
  toCalendar,
  type Calendar,
} from "@internationalized/date";

import type { Tense } from "../../archive/model.ts";

/**
 * The Solar Hijri and Hijri calendars, through @internationalized/date. The Hijri calendar is reckoned as Umm
 * al-Qura does (the Saudi reckoning); Iranian and other reckonings, which follow the sighting of the moon, can
 * differ from it by a day, so the rule a date was read by names the variant (`hijri-umalqura`).
 */
export type OtherCalendar = "solar-hijri" | "hijri";

const CALENDARS: Record<OtherCalendar, Calendar> = {
  "solar-hijri": new PersianCalendar(),
  hijri: new IslamicUmalquraCalendar(),
};
const GREGORIAN = new GregorianCalendar();
/** Years to look back or ahead for a day and month written without a year. */
const YEARS_TO_SEARCH = 2;

/** The Gregorian day (YYYY-MM-DD) of a day of the other calendar, or null when that calendar has no such day. */
export function gregorianDay(calendar: OtherCalendar, year: number, month: number, day: number): string | null {
  const date = new CalendarDate(CALENDARS[calendar], year, month, day);
  // CalendarDate constrains a day past a month's end to its last day: "30 Esfand" of a common year is no day.
  if (date.year !== year || date.month !== month || date.day !== day) return null;
  return toCalendar(date, GREGORIAN).toString();
}

/** The year of the other calendar a Gregorian day falls in. */
export function yearOf(calendar: OtherCalendar, isoDate: string): number {
  const [year, month, day] = isoDate.split("-").map(Number) as [number, number, number];
  return toCalendar(new CalendarDate(GREGORIAN, year, month, day), CALENDARS[calendar]).year;
}

/**
 * A day and month of the other calendar written without a year: in past tense the latest such day not after
 * publication, in future tense the next one not before it.
 */
export function resolveOtherMonthDay(calendar: OtherCalendar, published: string, month: number, day: number, tense: Tense): string | null {
  const start = yearOf(calendar, published);
  const step = tense === "past" ? -1 : 1;
  for (let offset = 0; offset <= YEARS_TO_SEARCH; offset++) {
    const candidate = gregorianDay(calendar, start + step * offset, month, day);
    if (candidate && (tense === "past" ? candidate <= published : candidate >= published)) return candidate;
  }
  return null;
}
