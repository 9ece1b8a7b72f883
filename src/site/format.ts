import { utcDateOf } from "../archive/calendar.ts";

const longDate = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

const wholeNumber = new Intl.NumberFormat("en-GB");

/** "1 report", "2,400 events": a count with its noun, as the site's words and the drawings' labels write it. */
export function counted(count: number, one: string, many = `${one}s`): string {
  return `${wholeNumber.format(count)} ${count === 1 ? one : many}`;
}

/** Each value is formatted once: an archive names the same days on thousands of pages. */
function memoized<K>(format: (key: K) => string): (key: K) => string {
  const formatted = new Map<K, string>();
  return (key) => {
    let text = formatted.get(key);
    if (text === undefined) formatted.set(key, (text = format(key)));
    return text;
  };
}

/** An English (en-GB) formatter of a UTC day, formatting each day once. */
export function dayFormat(options: Intl.DateTimeFormatOptions): (date: Date) => string {
  const format = new Intl.DateTimeFormat("en-GB", { ...options, timeZone: "UTC" });
  const byTime = memoized((time: number) => format.format(time));
  return (date) => byTime(date.getTime());
}

/** "Tuesday 7 July 2020": how the archive writes a day, the same on every machine whatever its time zone. */
export const formatLongDate = memoized((isoDate: string) => longDate.format(utcDateOf(isoDate)).replace(",", ""));

/** "7 July 2020". */
export const formatDate = memoized((isoDate: string) => shortDate.format(utcDateOf(isoDate)));

/** A day in another calendar: its name, the day in English and as the calendar's own readers write it. */
export interface CalendarDay {
  calendar: string;
  english: string;
  native: string;
  /** The language the native form is written in. */
  lang: string;
}

// The Solar Hijri calendar of Iran and Afghanistan, and the Hijri calendar in its Umm al-Qura reckoning (Saudi
// Arabia's, the one the ingest reads Hijri dates by): Iranian and other reckonings of the Hijri month can differ by a day.
const OTHER_CALENDARS = [
  {
    calendar: "Solar Hijri",
    english: new Intl.DateTimeFormat("en-GB-u-ca-persian", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
    native: new Intl.DateTimeFormat("fa-IR-u-ca-persian-nu-arabext", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
    lang: "fa",
  },
  {
    calendar: "Hijri (Umm al-Qura)",
    english: new Intl.DateTimeFormat("en-GB-u-ca-islamic-umalqura", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
    native: new Intl.DateTimeFormat("ar-SA-u-ca-islamic-umalqura-nu-arab", {
      day: "numeric",
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }),
    lang: "ar",
  },
];

const otherDays = new Map<string, CalendarDay[]>();

/** A Gregorian day (YYYY-MM-DD) in the Solar Hijri and Hijri calendars: "18 Tir 1399 AP", "۱۸ تیر ۱۳۹۹". */
export function otherCalendarDays(isoDate: string): CalendarDay[] {
  let days = otherDays.get(isoDate);
  if (days === undefined) {
    const date = utcDateOf(isoDate);
    days = OTHER_CALENDARS.map(({ calendar, english, native, lang }) => ({
      calendar,
      english: english.format(date).replace(",", ""),
      native: native.format(date),
      lang,
    }));
    otherDays.set(isoDate, days);
  }
  return days;
}

/** A place's coordinates as a reader writes them: `35.6944° N, 51.4215° E`. */
export function formatCoordinates(lat: number, lon: number): string {
  const degrees = (value: number, positive: string, negative: string) =>
    `${Math.abs(value).toFixed(4)}° ${value < 0 ? negative : positive}`;
  return `${degrees(lat, "N", "S")}, ${degrees(lon, "E", "W")}`;
}
