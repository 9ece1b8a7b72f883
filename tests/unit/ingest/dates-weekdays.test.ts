import { describe, expect, it } from "vitest";
import { resolveDates } from "../../../src/ingest/dates/resolve-dates.ts";
import type { DateMention } from "../../../src/ingest/dates/resolve-dates.ts";

/** Friday 10 July 2020, the seed report's publication date. */
const FRIDAY = "2020-07-10";

/** [text, date, rule] for each date in a one-paragraph report. */
function datesIn(paragraph: string, published: string): [string, string, DateMention["rule"]][] {
  return resolveDates([paragraph], published).map(({ text, date, rule }) => [text, date, rule]);
}

describe("weekdays in past tense", () => {
  it("reads 'on Tuesday' in a Friday report as the Tuesday before", () => {
    expect(datesIn("Bagheri visited Damascus at the top of a military delegation on Tuesday.", FRIDAY)).toEqual([
      ["on Tuesday", "2020-07-07", "weekday-past"],
    ]);
  });

  it("reads 'on Sunday' in a Friday report as five days back, not the coming Sunday chrono prefers", () => {
    expect(datesIn("Syrian state media said the delegation landed in Damascus on Sunday.", FRIDAY)).toEqual([
      ["on Sunday", "2020-07-05", "weekday-past"],
    ]);
  });

  it("reads the publication weekday as the publication day itself", () => {
    expect(datesIn("Bagheri met Assad on Friday morning, the presidency said.", FRIDAY)).toEqual([
      ["on Friday morning", "2020-07-10", "weekday-past"],
    ]);
  });

  it("dates 'on Tuesday night', 'late on Wednesday' and 'earlier on Thursday'", () => {
    expect(
      datesIn(
        "Air strikes hit Deir ez-Zor on Tuesday night. Talks ran late on Wednesday. Earlier on Thursday, Bagheri toured a military academy.",
        FRIDAY,
      ),
    ).toEqual([
      ["on Tuesday night", "2020-07-07", "weekday-past"],
      ["on Wednesday", "2020-07-08", "weekday-past"],
      ["on Thursday", "2020-07-09", "weekday-past"],
    ]);
  });

  it("dates 'Thursday’s meeting' and 'on Wednesday evening'", () => {
    expect(datesIn("Thursday’s meeting followed a dinner hosted by Assad on Wednesday evening.", FRIDAY)).toEqual([
      ["Thursday", "2020-07-09", "weekday-past"],
      ["on Wednesday evening", "2020-07-08", "weekday-past"],
    ]);
  });

  it("crosses a month end: 'on Tuesday' in a Friday 2020-05-01 report is 2020-04-28", () => {
    expect(datesIn("Protesters gathered outside the parliament on Tuesday.", "2020-05-01")).toEqual([
      ["on Tuesday", "2020-04-28", "weekday-past"],
    ]);
  });
});

describe("'last', 'next' and 'today, Thursday'", () => {
  it("reads 'last Tuesday' as strictly before publication, a week back on a Tuesday", () => {
    expect(datesIn("The ministry confirmed the shipment arrived last Tuesday.", FRIDAY)).toEqual([
      ["last Tuesday", "2020-07-07", "weekday-last"],
    ]);
    expect(datesIn("The ministry confirmed the shipment arrived last Tuesday.", "2020-07-07")).toEqual([
      ["last Tuesday", "2020-06-30", "weekday-last"],
    ]);
  });

  it("reads 'last Thursday' in a Monday 2021-01-04 report as New Year's Eve", () => {
    expect(datesIn("The two sides exchanged prisoners last Thursday.", "2021-01-04")).toEqual([
      ["last Thursday", "2020-12-31", "weekday-last"],
    ]);
  });

  it("reads 'next Monday' as strictly after publication", () => {
    expect(datesIn("The committee will reconvene in Geneva next Monday.", FRIDAY)).toEqual([["next Monday", "2020-07-13", "weekday-next"]]);
  });

  it("reads 'next Tuesday' in a Monday report as the next day, not the eight days chrono counts", () => {
    expect(datesIn("The envoy said talks would resume next Tuesday.", "2020-07-06")).toEqual([
      ["next Tuesday", "2020-07-07", "weekday-next"],
    ]);
  });

  it("keeps 'this past' and 'coming' with the weekday", () => {
    expect(datesIn("Rockets struck the base this past Sunday, and the inquiry opens this coming Wednesday.", FRIDAY)).toEqual([
      ["this past Sunday", "2020-07-05", "weekday-last"],
      ["this coming Wednesday", "2020-07-15", "weekday-next"],
    ]);
  });

  it("reads 'today, Thursday' as the day the writer names", () => {
    expect(datesIn("Assad received Bagheri today, Thursday, at the presidential palace.", "2020-07-09")).toEqual([
      ["today, Thursday", "2020-07-09", "weekday-today"],
    ]);
  });

  it("reads 'today, Thursday' in a report published on Friday as that Thursday", () => {
    expect(datesIn("Today (Thursday) the two ministers signed the agreement.", FRIDAY)).toEqual([
      ["Today (Thursday)", "2020-07-09", "weekday-today"],
    ]);
  });
});

describe("weekdays in future tense", () => {
  it("reads 'will fly back on Saturday' as the coming Saturday", () => {
    expect(datesIn("Bagheri will fly back to Tehran on Saturday.", FRIDAY)).toEqual([["on Saturday", "2020-07-11", "weekday-future"]]);
  });

  it("reads 'is scheduled to meet on Monday', 'is due to', 'are expected to' as coming days", () => {
    expect(
      datesIn(
        "Assad is scheduled to meet the delegation on Monday. The ministers are expected to sign a protocol on Tuesday. A second shipment is due to arrive on Wednesday.",
        FRIDAY,
      ),
    ).toEqual([
      ["on Monday", "2020-07-13", "weekday-future"],
      ["on Tuesday", "2020-07-14", "weekday-future"],
      ["on Wednesday", "2020-07-15", "weekday-future"],
    ]);
  });

  it("reads the publication weekday in future tense as the publication day", () => {
    expect(datesIn("Parliament will vote on the agreement on Friday.", FRIDAY)).toEqual([["on Friday", "2020-07-10", "weekday-future"]]);
  });

  it("crosses a month end in a leap year: 'on Monday' in a Friday 2020-02-28 report is 2020-03-02", () => {
    expect(datesIn("The inspectors plan to return to the site on Monday.", "2020-02-28")).toEqual([
      ["on Monday", "2020-03-02", "weekday-future"],
    ]);
  });

  it("reads headline style 'set to' and 'would' in reported speech as future", () => {
    expect(datesIn("Talks set to resume on Monday. The ministry said the delegation would fly back on Saturday.", FRIDAY)).toEqual([
      ["on Monday", "2020-07-13", "weekday-future"],
      ["on Saturday", "2020-07-11", "weekday-future"],
    ]);
  });

  it("reads agency style 'said Tuesday' and 'at 5 pm on Tuesday'", () => {
    expect(datesIn("Assad said Tuesday that the strike, which came at 5 pm on Tuesday, killed two soldiers.", FRIDAY)).toEqual([
      ["Tuesday", "2020-07-07", "weekday-past"],
      ["at 5 pm on Tuesday", "2020-07-07", "weekday-past"],
    ]);
  });
});
