import { describe, expect, it } from "vitest";
import { resolveDates } from "../../../src/ingest/dates/resolve-dates.ts";
import type { DateMention } from "../../../src/ingest/dates/resolve-dates.ts";

/** Friday 10 July 2020, the seed report's publication date. */
const FRIDAY = "2020-07-10";

/** [text, date, rule] for each date in a one-paragraph report. */
function datesIn(paragraph: string, published: string): [string, string, DateMention["rule"]][] {
  return resolveDates([paragraph], published).map(({ text, date, rule }) => [text, date, rule]);
}

describe("tense is read per sentence, then per clause", () => {
  it("gives each sentence of a paragraph its own tense", () => {
    expect(datesIn("Bagheri arrived in Damascus on Tuesday. He will return to Tehran on Sunday.", FRIDAY)).toEqual([
      ["on Tuesday", "2020-07-07", "weekday-past"],
      ["on Sunday", "2020-07-12", "weekday-future"],
    ]);
  });

  it("keeps 'said on Tuesday' in the past when the report it gives is about the future", () => {
    expect(datesIn("Iran said on Tuesday it will send more advisers to Syria.", FRIDAY)).toEqual([
      ["on Tuesday", "2020-07-07", "weekday-past"],
    ]);
    expect(datesIn("Iran will send more advisers to Syria, the ministry said on Tuesday.", FRIDAY)).toEqual([
      ["on Tuesday", "2020-07-07", "weekday-past"],
    ]);
  });

  it("reads a past relative clause and a future main clause apart", () => {
    expect(datesIn("Bagheri, who visited Damascus on Tuesday, will return to Tehran on Saturday.", FRIDAY)).toEqual([
      ["on Tuesday", "2020-07-07", "weekday-past"],
      ["on Saturday", "2020-07-11", "weekday-future"],
    ]);
  });

  it("reads a fronted 'On Saturday,' by the verb of its sentence", () => {
    expect(datesIn("On Saturday, Bagheri will inspect Iranian advisers in Aleppo.", FRIDAY)).toEqual([
      ["On Saturday", "2020-07-11", "weekday-future"],
    ]);
    expect(datesIn("On Saturday, Bagheri inspected Iranian advisers in Aleppo.", FRIDAY)).toEqual([
      ["On Saturday", "2020-07-04", "weekday-past"],
    ]);
  });

  it("does not take 'the will of the people' or 'was expected to' for future", () => {
    expect(
      datesIn("Assad said on Monday the vote reflected the will of the people. The minister was expected to resign on Monday.", FRIDAY),
    ).toEqual([
      ["on Monday", "2020-07-06", "weekday-past"],
      ["on Monday", "2020-07-06", "weekday-past"],
    ]);
  });

  it("does not split a sentence after 'Maj. Gen.' or 'U.S.'", () => {
    expect(datesIn("Maj. Gen. Bagheri said the U.S. forces will leave on Sunday.", FRIDAY)).toEqual([
      ["on Sunday", "2020-07-12", "weekday-future"],
    ]);
  });

  it.each([
    ["will", "Bagheri will fly back to Tehran on Sunday."],
    ["shall", "The joint committee shall meet in Tehran on Sunday."],
    ["is to", "The agreement is to take effect on Sunday."],
    ["are due to", "Syrian officers are due to arrive in Tehran on Sunday."],
    ["is expected to", "Parliament is expected to ratify the deal on Sunday."],
    ["is scheduled to", "Assad is scheduled to meet the delegation on Sunday."],
    ["plans to", "Iran plans to deliver the first air defence systems on Sunday."],
    ["set to", "Talks set to resume in Damascus on Sunday."],
    ["is going to", "The ministry is going to publish the text on Sunday."],
    ["would", "The ministry said it would publish the text on Sunday."],
    ["’ll", "“We’ll see the first results on Sunday,” Bagheri said."],
  ])("reads '%s' as future: %s", (_marker, sentence) => {
    expect(datesIn(sentence, FRIDAY)).toEqual([["on Sunday", "2020-07-12", "weekday-future"]]);
  });

  it("reads 'were scheduled to' as past: the plan was made before the report", () => {
    expect(datesIn("The talks, which were scheduled to begin on Monday, were postponed.", FRIDAY)).toEqual([
      ["on Monday", "2020-07-06", "weekday-past"],
    ]);
  });
});
