import * as chrono from "chrono-node";
import type { ParsedComponents, ParsedResult } from "chrono-node";
import { WEEKDAYS } from "../../archive/calendar.ts";
import { statedWeekday, weekdayNamed, weekdayWordIn } from "../../archive/weekday-phrases.ts";
import { TODAY_AND_WEEKDAY, isWeekdayInName, leadingWordsLength, normaliseRangeDashes, weekdayModifier } from "./phrase-context.ts";
import { sentenceSpans } from "./tense.ts";
import { arabicScriptMentions } from "./arabic-script-dates.ts";
import type { Weekday } from "../../archive/model.ts";

/** What a phrase says, before tense and publication date turn it into a day. */
type Reading =
  | { kind: "weekday"; weekday: Weekday; modifier: "last" | "next" | null }
  | { kind: "today-weekday"; weekday: Weekday }
  | { kind: "relative-day"; rule: "yesterday" | "today" | "tomorrow" }
  | { kind: "calendar"; year: number | null; month: number; day: number }
  /** A day of the Solar Hijri or the Hijri calendar, in that calendar's year, month and day. */
  | { kind: "solar-hijri" | "hijri"; year: number | null; month: number; day: number };

export type Mention = Reading & {
  text: string;
  index: number;
  /** The second half of a range ("Wednesday" in "Monday to Wednesday"), read on or after the first half. */
  continuesRange: boolean;
};

interface Phrase {
  text: string;
  index: number;
}

const RELATIVE_DAYS: [RegExp, "yesterday" | "today" | "tomorrow"][] = [
  [/^(?:yesterday|last night)\b/i, "yesterday"],
  [/^(?:today|tonight|this (?:morning|afternoon|evening))\b/i, "today"],
  [/^tomorrow\b/i, "tomorrow"],
];
const RANGE_SEPARATOR = /\s*(?:[-–—]|\b(?:to|until|till|through|thru|and)\b)\s*/i;
const SLASH_DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{2,4}))?\b/;

function trimmed(phrase: Phrase): Phrase {
  const leading = /^[\s(“"‘']*/.exec(phrase.text)?.[0].length ?? 0;
  const text = phrase.text.slice(leading).replace(/[\s,;:.)”"’']+$/, "");
  return { text, index: phrase.index + leading };
}

/** Text from `index` widened to take in `extra` characters before it. */
function widened(paragraph: string, phrase: Phrase, extra: number): Phrase {
  const index = phrase.index - extra;
  return { index, text: paragraph.slice(index, phrase.index + phrase.text.length) };
}

// chrono reads "7/8/2020" month-first and "24/7" or "9/11" as dates. A news reader cannot tell
// 7 August from July 8 and never reads "24/7" as a day, so only a numeric date with a year whose
// day-month order is beyond doubt counts.
function isDoubtfulSlashDate(text: string): boolean {
  const parts = SLASH_DATE.exec(text);
  if (!parts) return false;
  const [first, second] = [Number(parts[1]), Number(parts[2])];
  return !parts[3] || (first <= 12 && second <= 12 && first !== second);
}

function weekdayReading(components: ParsedComponents, phrase: Phrase, paragraph: string): Mention | null {
  const word = weekdayWordIn(phrase.text);
  const weekday = statedWeekday(phrase.text);
  // A weekday chrono read from something else ("this weekend", "Sun" in "The Sun reported") is no stated day.
  if (!word || !weekday || WEEKDAYS[components.get("weekday") ?? -1] !== weekday) return null;
  const whole = widened(paragraph, phrase, leadingWordsLength(paragraph.slice(0, phrase.index), phrase.text, true));
  const weekdayStart = phrase.index + word.index;
  const standsAlone = whole.index === weekdayStart;
  const after = paragraph.slice(weekdayStart + word.length);
  if (standsAlone && isWeekdayInName(paragraph.slice(0, weekdayStart), after)) return null;
  return { ...whole, kind: "weekday", weekday, modifier: weekdayModifier(whole.text), continuesRange: false };
}

function mentionOf(components: ParsedComponents, raw: Phrase, tags: Set<string>, paragraph: string): Mention | null {
  const phrase = trimmed(raw);
  const relative = RELATIVE_DAYS.find(([pattern]) => pattern.test(phrase.text));
  if (relative) return { ...phrase, kind: "relative-day", rule: relative[1], continuesRange: false };
  // "now" and the like: chrono's casual dates other than the relative days above name no day.
  if (tags.has("parser/ENCasualDateParser")) return null;
  if (components.isCertain("day") && components.isCertain("month")) {
    if (isDoubtfulSlashDate(phrase.text)) return null;
    const whole = widened(paragraph, phrase, leadingWordsLength(paragraph.slice(0, phrase.index), phrase.text, false));
    const year = components.isCertain("year") ? components.get("year") : null;
    const month = components.get("month");
    const day = components.get("day");
    if (month === null || day === null) return null;
    return { ...whole, kind: "calendar", year, month, day, continuesRange: false };
  }
  if (components.isCertain("weekday")) return weekdayReading(components, phrase, paragraph);
  // A time alone, a month alone ("in May"), "this week": no particular day.
  return null;
}

function mentionsOf(result: ParsedResult, sentenceStart: number, paragraph: string): Mention[] {
  const tags = result.tags();
  // Durations and spans ("for two days", "last week", "two days ago") carry this tag; none is a DateRule day.
  if (tags.has("result/relativeDate")) return [];
  const index = sentenceStart + result.index;
  // chrono parsed a copy with its dashes rewritten; the phrase is taken from the text as written.
  const text = paragraph.slice(index, index + result.text.length);
  const separator = result.end ? RANGE_SEPARATOR.exec(text) : null;
  if (!result.end || !separator) {
    const single = mentionOf(result.start, { text, index }, tags, paragraph);
    return single ? [single] : [];
  }
  const first = mentionOf(result.start, { text: text.slice(0, separator.index), index }, tags, paragraph);
  const secondStart = separator.index + separator[0].length;
  const secondPhrase = { text: text.slice(secondStart), index: index + secondStart };
  const second = mentionOf(result.end, secondPhrase, tags, paragraph);
  if (!first) return [];
  return second ? [first, { ...second, continuesRange: true }] : [first];
}

// chrono reads "today, Thursday" as two dates, the second the Thursday nearest publication; a news
// reader takes both words as one statement of the day the writer is in.
function todayAndWeekdayMentions(paragraph: string): Mention[] {
  return [...paragraph.matchAll(TODAY_AND_WEEKDAY)].flatMap((match) => {
    const weekday = weekdayNamed(match[1] ?? match[2] ?? "");
    return weekday ? [{ text: match[0], index: match.index, kind: "today-weekday" as const, weekday, continuesRange: false }] : [];
  });
}

function overlaps(a: Phrase, b: Phrase): boolean {
  return a.index < b.index + b.text.length && b.index < a.index + a.text.length;
}

/** Every date phrase chrono and the news conventions above find in a paragraph, in order of position. */
export function findMentions(paragraph: string, published: string): Mention[] {
  const todayAndWeekday = todayAndWeekdayMentions(paragraph);
  // Noon UTC keeps the reference inside the publication day in every time zone chrono might apply.
  const reference = { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
  // chrono.en, not chrono.en.GB: en already reads "8 July 2020" and "08th July, 2020" day first, while GB
  // takes "December 30", "Feb 29" or "Sept. 11" for a month and a two-digit year (December 2030).
  const readable = normaliseRangeDashes(paragraph);
  // One sentence at a time, or chrono joins "7/8/2020. At 5 pm" across the full stop.
  const fromChrono = sentenceSpans(paragraph)
    .flatMap(({ start, end }) => chrono.en.parse(readable.slice(start, end), reference).map((result) => ({ result, offset: start })))
    .flatMap(({ result, offset }) => mentionsOf(result, offset, paragraph))
    .filter((mention) => !todayAndWeekday.some((claimed) => overlaps(claimed, mention)));
  // Arabic and Persian phrases: chrono reads neither language, so they never overlap its readings.
  return [...todayAndWeekday, ...fromChrono, ...arabicScriptMentions(paragraph)].sort((a, b) => a.index - b.index);
}
