import { describe, expect, it } from "vitest";
import { resolveDates } from "../../../src/ingest/dates/resolve-dates.ts";
import type { DateMention } from "../../../src/ingest/dates/resolve-dates.ts";

/** Friday 10 July 2020, the seed report's publication date. */
const FRIDAY = "2020-07-10";

/** [text, date, rule] for each date in a one-paragraph report. */
function datesIn(paragraph: string, published: string): [string, string, DateMention["rule"]][] {
  return resolveDates([paragraph], published).map(({ text, date, rule }) => [text, date, rule]);
}

describe("calendar dates", () => {
  it("reads 'July 1, 2020', '8 July 2020' and '08th July, 2020' as written", () => {
    expect(
      datesIn(
        "The deal, drafted on July 1, 2020, was initialled on 8 July 2020 and published in the official gazette dated 08th July, 2020.",
        FRIDAY,
      ),
    ).toEqual([
      ["on July 1, 2020", "2020-07-01", "calendar"],
      ["on 8 July 2020", "2020-07-08", "calendar"],
      ["08th July, 2020", "2020-07-08", "calendar"],
    ]);
  });

  it("takes the year from publication for 'on July 8', 'on 8th of July' and 'July 8th'", () => {
    expect(
      datesIn("The first convoy crossed on July 8, the second on 8th of July at dusk, and officials confirmed both by July 8th.", FRIDAY),
    ).toEqual([
      ["on July 8", "2020-07-08", "calendar-no-year"],
      ["on 8th of July", "2020-07-08", "calendar-no-year"],
      ["July 8th", "2020-07-08", "calendar-no-year"],
    ]);
  });

  it("reads 'on December 30' in past tense in a 2 January 2021 report as 2020-12-30", () => {
    expect(datesIn("The ceasefire was agreed on December 30.", "2021-01-02")).toEqual([
      ["on December 30", "2020-12-30", "calendar-no-year"],
    ]);
  });

  it("reads 'on January 5' in future tense in a December report as next year's", () => {
    expect(datesIn("The new parliament will convene on January 5.", "2020-12-20")).toEqual([
      ["on January 5", "2021-01-05", "calendar-no-year"],
    ]);
  });

  it("reads 'on January 5' in past tense in a July report as this year's, not the next chrono picks", () => {
    expect(datesIn("The ministry said the contract was signed on Jan. 5.", FRIDAY)).toEqual([
      ["on Jan. 5", "2020-01-05", "calendar-no-year"],
    ]);
  });

  it("finds February 29 in the leap year before a report", () => {
    expect(datesIn("The agreement was signed in Doha on February 29.", "2020-03-02")).toEqual([
      ["on February 29", "2020-02-29", "calendar-no-year"],
    ]);
    expect(datesIn("The agreement was signed in Doha on February 29, 2020.", "2021-03-02")).toEqual([
      ["on February 29, 2020", "2020-02-29", "calendar"],
    ]);
  });

  it("reads 'Tuesday, July 7' as a calendar date that still states its weekday", () => {
    expect(datesIn("The delegation landed on Tuesday, July 7.", FRIDAY)).toEqual([
      ["on Tuesday, July 7", "2020-07-07", "calendar-no-year"],
    ]);
  });

  it("splits a range into its first and last days", () => {
    expect(datesIn("Exercises ran from July 7-9 and inspections from Monday to Wednesday.", FRIDAY)).toEqual([
      ["July 7", "2020-07-07", "calendar-no-year"],
      ["9", "2020-07-09", "calendar-no-year"],
      ["Monday", "2020-07-06", "weekday-past"],
      ["Wednesday", "2020-07-08", "weekday-past"],
    ]);
  });

  it("runs a range forwards across a year end and a month end", () => {
    expect(datesIn("Talks were held in Astana Dec. 30-Jan. 2.", "2021-01-10")).toEqual([
      ["Dec. 30", "2020-12-30", "calendar-no-year"],
      ["Jan. 2", "2021-01-02", "calendar-no-year"],
    ]);
    expect(datesIn("The fair took place July 30–August 2.", "2020-08-10")).toEqual([
      ["July 30", "2020-07-30", "calendar-no-year"],
      ["August 2", "2020-08-02", "calendar-no-year"],
    ]);
  });

  it("reads a numeric date only when its day and month cannot be swapped", () => {
    expect(datesIn("The decree of 13/07/2020 replaced the one of 7/8/2020.", "2020-08-10")).toEqual([
      ["13/07/2020", "2020-07-13", "calendar"],
    ]);
  });

  it("reads a day-first range with its year, '7-9 July 2020'", () => {
    expect(datesIn("Joint drills were held 7-9 July 2020 near Palmyra.", FRIDAY)).toEqual([
      ["7", "2020-07-07", "calendar"],
      ["9 July 2020", "2020-07-09", "calendar"],
    ]);
  });
});
