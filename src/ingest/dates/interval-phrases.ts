import { addDays } from "../../archive/calendar.ts";
import { sentenceSpans, tenseAt } from "./tense.ts";

/** A day counted from another: "a day after the two countries signed", "a week after Iran's top general landed". */
export interface IntervalPhrase {
  text: string;
  index: number;
  date: string;
  /** `interval`: the happening is the clause after the phrase; `same-day`: the clause before it ("arrived earlier in the day"). */
  rule: "interval" | "same-day";
}

const COUNTS: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, ten: 10 };
// "a day after X", "two weeks before X", "the day before X": the day of X, counted back or forward from the sentence's day.
const INTERVAL = /\b(?:(a|an|one|two|three|four|five|six|seven|ten|\d{1,2})\s+(days?|weeks?)|the\s+(day))\s+(after|before)\b/gi;

// "after the general arrived earlier in the day": the day of the sentence's own date, or of publication.
const POSSESSIVE = /^['’]s\b/;
const SAME_DAY = /\b(?:earlier|later) (?:in|on) the day\b|\bthe same day\b/gi;

/**
 * The day each interval phrase of a paragraph names. It counts from the date the same sentence states before it
 * ("on Monday, a day after the river overflowed" is Sunday), or from publication when the sentence states none
 * ("A week after the general landed, officials say …" in a report of 14 July is 7 July). "Earlier in the day" is
 * the day of that date, unless it is still to come and the phrase is not ("will sign on Wednesday, … after he
 * arrived earlier in the day"): then the day of publication.
 */
export function intervalPhrases(
  paragraph: string,
  published: string,
  dates: readonly { index: number; date: string; text: string }[],
): IntervalPhrase[] {
  const sentences = sentenceSpans(paragraph);
  // "survivors of Tuesday's earthquake, a day after …": a date that names a thing is not the time of the sentence.
  const times = dates.filter((d) => !POSSESSIVE.test(paragraph.slice(d.index + d.text.length)));
  /** The last date the phrase's own sentence states before it. */
  const dateBefore = (index: number) => {
    const sentence = sentences.find((s) => s.start <= index && index < s.end);
    return times.filter((d) => d.index < index && (!sentence || d.index >= sentence.start)).at(-1)?.date;
  };
  const phrases: IntervalPhrase[] = [];
  for (const match of paragraph.matchAll(INTERVAL)) {
    const [text, count, unit, theDay, direction] = match;
    const days = (theDay ? 1 : (COUNTS[count!.toLowerCase()] ?? Number(count))) * (unit?.toLowerCase().startsWith("week") ? 7 : 1);
    const anchor = dateBefore(match.index) ?? published;
    phrases.push({
      text,
      index: match.index,
      date: addDays(anchor, direction!.toLowerCase() === "after" ? -days : days),
      rule: "interval",
    });
  }
  for (const match of paragraph.matchAll(SAME_DAY)) {
    const before = dateBefore(match.index);
    // "will hold talks on Tuesday … and sign the same day" plans for that Tuesday; "arrived earlier in the day" after
    // a plan for Wednesday happened on the day of publication.
    const future = tenseAt(paragraph, { start: match.index, end: match.index + match[0].length }) === "future";
    const date = before && (before <= published || future) ? before : published;
    phrases.push({ text: match[0], index: match.index, date, rule: "same-day" });
  }
  return phrases.sort((a, b) => a.index - b.index);
}
