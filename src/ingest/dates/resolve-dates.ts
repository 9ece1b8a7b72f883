import { addDays, assertIsoDate, isoFromParts, resolveMonthDay, resolveWeekday } from "../../archive/calendar.ts";
import { findMentions, type Mention } from "./mentions.ts";
import { tenseAt } from "./tense.ts";
import { intervalPhrases } from "./interval-phrases.ts";
import { gregorianDay, resolveOtherMonthDay } from "./calendars.ts";
import type { DateRule, ResolvedDate, Tense } from "../../archive/model.ts";

/** A date a report mentions, as the ingest finds it: the stored `ResolvedDate`, and where its phrase starts in the paragraph. */
export interface DateMention extends ResolvedDate {
  /** Character offset of `text` inside its paragraph. */
  index: number;
}

interface ResolvedDay {
  date: string;
  rule: DateRule;
}

interface RangeStart {
  date: string;
  tense: Tense;
}

const RELATIVE_DAY_OFFSETS = { yesterday: -1, today: 0, tomorrow: 1 } as const;

/**
 * The day a mention names. `rangeStart` is the day the first half of a range was read as, so that
 * "Monday to Wednesday" and "30 December to 2 January" run forwards from it.
 */
function read(mention: Mention, published: string, tense: Tense, rangeStart: string | null): ResolvedDay | null {
  switch (mention.kind) {
    case "relative-day":
      return { date: addDays(published, RELATIVE_DAY_OFFSETS[mention.rule]), rule: mention.rule };
    case "today-weekday":
      // A report written on Thursday and published on Friday says "today, Thursday": the named day wins,
      // and a writer's "today" is never after publication.
      return { date: resolveWeekday(published, mention.weekday, "past"), rule: "weekday-today" };
    case "weekday": {
      const mode = mention.modifier ?? tense;
      const date = rangeStart ? resolveWeekday(rangeStart, mention.weekday, "future") : resolveWeekday(published, mention.weekday, mode);
      return { date, rule: `weekday-${mode}` as const };
    }
    case "calendar": {
      if (mention.year !== null) {
        const date = isoFromParts(mention.year, mention.month, mention.day);
        return date ? { date, rule: "calendar" } : null;
      }
      const date = rangeStart
        ? resolveMonthDay(rangeStart, mention.month, mention.day, "future")
        : resolveMonthDay(published, mention.month, mention.day, tense);
      return date ? { date, rule: "calendar-no-year" } : null;
    }
    case "solar-hijri":
    case "hijri": {
      const rule = mention.kind === "hijri" ? "hijri-umalqura" : "solar-hijri";
      const date =
        mention.year !== null
          ? gregorianDay(mention.kind, mention.year, mention.month, mention.day)
          : resolveOtherMonthDay(mention.kind, rangeStart ?? published, mention.month, mention.day, rangeStart ? "future" : tense);
      return date ? { date, rule } : null;
    }
  }
}

function resolveParagraph(paragraph: string, paragraphNumber: number, published: string): DateMention[] {
  const resolved: DateMention[] = [];
  let previous = null as RangeStart | null;
  for (const mention of findMentions(paragraph, published)) {
    const rangeStart: RangeStart | null = mention.continuesRange ? previous : null;
    const end = mention.index + mention.text.length;
    const tense: Tense = rangeStart?.tense ?? tenseAt(paragraph, { start: mention.index, end });
    const reading = read(mention, published, tense, rangeStart?.date ?? null);
    previous = reading ? { date: reading.date, tense } : null;
    if (!reading) continue;
    resolved.push({
      text: mention.text,
      date: reading.date,
      paragraph: paragraphNumber,
      rule: reading.rule,
      index: mention.index,
    });
  }
  const counted = intervalPhrases(paragraph, published, resolved).map(({ text, index, date, rule }): DateMention => ({
    text,
    date,
    paragraph: paragraphNumber,
    rule,
    index,
  }));
  return [...resolved, ...counted].sort((a, b) => a.index - b.index);
}

/**
 * Every date a report states, read against its publication date the way a news reader reads it:
 * "on Tuesday" in a report published Friday 2020-07-10 is 2020-07-07. Ordered by paragraph, then position.
 */
export function resolveDates(paragraphs: string[], published: string): DateMention[] {
  assertIsoDate(published, "published date");
  return paragraphs.flatMap((paragraph, i) => resolveParagraph(paragraph, i + 1, published));
}
