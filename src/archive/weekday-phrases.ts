import { WEEKDAYS } from "./calendar.ts";
import type { Weekday } from "./model.ts";

/** The full weekday names, as a regular expression alternation. */
export const WEEKDAY_NAMES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

// Full names only: news copy spells weekdays out, and "Sun", "Sat" or "Wed" are far more often a
// newspaper, an abbreviation or a word than a day. \b keeps "Tuesdays" (a habit, not a day) out.
const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAY_NAMES})\\b`, "i");

/** The weekday of a name as written in any case ("TUESDAY", "tuesday"), or null. */
export function weekdayNamed(name: string): Weekday | null {
  const titled = name.charAt(0).toUpperCase() + name.slice(1).toLowerCase();
  return WEEKDAYS.find((weekday) => weekday === titled) ?? null;
}

/** The weekday a phrase names, if any: "on Tuesday" -> Tuesday, "Thursday's meeting" -> Thursday, "July 8" -> null. */
export function statedWeekday(phrase: string): Weekday | null {
  const match = WEEKDAY_WORD.exec(phrase);
  return match?.[1] ? weekdayNamed(match[1]) : null;
}

/** Where the weekday name sits in `text`, or null when the text has no full weekday name. */
export function weekdayWordIn(text: string): { index: number; length: number } | null {
  const match = WEEKDAY_WORD.exec(text);
  return match ? { index: match.index, length: match[0].length } : null;
}
