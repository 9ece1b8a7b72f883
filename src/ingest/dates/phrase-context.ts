import { WEEKDAY_NAMES } from "../../archive/weekday-phrases.ts";

const MONTH_NAMES =
  "Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
// Words that make a weekday part of a name: "Black Tuesday", "Good Friday", "Super Tuesday".
const NAME_BEFORE = /\b(?:Black|Good|Holy|Super|Ash|Bloody|Easter|Palm|Cyber|Maundy|Shrove|Great)\s+$/;
// "every Tuesday", "on a Friday": a habit or any such day, not a date.
const NOT_ONE_DAY_BEFORE = /\b(?:every|each|a|an|one)\s+$/i;
const CAPITALISED_WORD_AFTER = /^\s+[A-Z][a-z]/;
const MONTH_AFTER = new RegExp(`^\\s+(?:${MONTH_NAMES})\\b`);
const LEADING_MODIFIER = /^(?:on|last|next|this|past|coming)\b/i;
const MODIFIER_BEFORE = /(?:\b(?:this\s+)?(?:past|coming)|\b(?:on|last|next|this))\s+$/i;
const THIS_BEFORE = /\bthis\s+$/i;
const ON_BEFORE = /\bon\s+(?:the\s+)?$/i;

export const TODAY_AND_WEEKDAY = new RegExp(
  `\\btoday(?:\\s*,\\s*|\\s*\\(\\s*|\\s+)(${WEEKDAY_NAMES})\\b(?:\\s*\\))?|\\b(?:on\\s+)?(${WEEKDAY_NAMES})\\s*\\(\\s*today\\s*\\)`,
  "gi",
);

/** "last"/"past" read as strictly before publication, "next"/"coming" as strictly after. */
export function weekdayModifier(text: string): "last" | "next" | null {
  if (/^(?:this\s+)?(?:last|past)\b/i.test(text)) return "last";
  if (/^(?:this\s+)?(?:next|coming)\b/i.test(text)) return "next";
  return null;
}

/**
 * How many characters before a phrase belong to it: chrono leaves out "on" before "July 8" and "this"
 * or "coming" before a weekday, but the site shows the phrase as stated.
 */
export function leadingWordsLength(before: string, text: string, isWeekday: boolean): number {
  if (!isWeekday) return LEADING_MODIFIER.test(text) ? 0 : (ON_BEFORE.exec(before)?.[0].length ?? 0);
  if (/^(?:past|coming)\b/i.test(text)) return THIS_BEFORE.exec(before)?.[0].length ?? 0;
  if (LEADING_MODIFIER.test(text)) return 0;
  return MODIFIER_BEFORE.exec(before)?.[0].length ?? 0;
}

/**
 * Whether a weekday standing alone (no "on", "last", "next" or "today") is part of a name or a habit:
 * "Black Tuesday", "the Sunday Times", "Monday Night Football", "every Friday".
 */
export function isWeekdayInName(before: string, after: string): boolean {
  if (NAME_BEFORE.test(before) || NOT_ONE_DAY_BEFORE.test(before)) return true;
  return CAPITALISED_WORD_AFTER.test(after) && !MONTH_AFTER.test(after);
}

/**
 * chrono reads "July 7-9" and "30 July–2 August" but not "July 7–9" or "July 30-August 2". Rewriting
 * the dash, one character for one so offsets still point into the original text, lets it read all four.
 */
export function normaliseRangeDashes(paragraph: string): string {
  return paragraph
    .replace(/(?<=\d\s?)[–—](?=\s?\d)/g, "-")
    .replace(new RegExp(`(?<=\\d)-(?=(?:${MONTH_NAMES})\\b)|(?<=\\b(?:${MONTH_NAMES})\\.?)-(?=\\d)`, "g"), "–");
}
