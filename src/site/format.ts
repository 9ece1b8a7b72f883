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

/** Each day is formatted once: an archive names the same days on thousands of pages. */
function memoized(format: (isoDate: string) => string): (isoDate: string) => string {
  const formatted = new Map<string, string>();
  return (isoDate) => {
    let text = formatted.get(isoDate);
    if (text === undefined) formatted.set(isoDate, (text = format(isoDate)));
    return text;
  };
}

/** "Tuesday 7 July 2020": how the archive writes a day, the same on every machine whatever its time zone. */
export const formatLongDate = memoized((isoDate) => longDate.format(utc(isoDate)).replace(",", ""));

/** "7 July 2020". */
export const formatDate = memoized((isoDate) => shortDate.format(utc(isoDate)));
