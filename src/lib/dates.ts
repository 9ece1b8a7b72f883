export type { DateRule, ResolvedDate, Weekday } from "./dates/types.ts";
export { addDays, isIsoDate, resolveWeekday, weekdayOf } from "./dates/calendar.ts";
export { statedWeekday } from "./dates/phrases.ts";
export { resolveDates } from "./dates/resolve.ts";
