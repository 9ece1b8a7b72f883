const longDate = new Intl.DateTimeFormat("en-GB", {
  weekday: "long",
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const shortDate = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

function utc(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00Z`);
}

/** "Tuesday 7 July 2020": how the archive writes a day, the same on every machine whatever its time zone. */
export function formatLongDate(isoDate: string): string {
  return longDate.format(utc(isoDate)).replace(",", "");
}

/** "7 July 2020". */
export function formatDate(isoDate: string): string {
  return shortDate.format(utc(isoDate));
}
