/**
 * Resolving the dates a report states ("on Tuesday" in a report of Friday 10 July 2020 is 7 July 2020), for the
 * ingest command. This loads chrono-node; the calendar helpers the build needs (src/lib/dates/calendar.ts,
 * src/lib/dates/phrases.ts) do not, so they are imported from their own modules, not from here.
 */
export type { DateRule, ResolvedDate, Weekday } from "./dates/types.ts";
export { resolveDates } from "./dates/resolve.ts";
