import { describe, expect, it } from "vitest";
import { resolveDates } from "../../../src/ingest/dates/resolve-dates.ts";
import type { DateMention } from "../../../src/ingest/dates/resolve-dates.ts";

/** Friday 10 July 2020, the seed report's publication date. */
const FRIDAY = "2020-07-10";

/** [text, date, rule] for each date in a one-paragraph report. */
function datesIn(paragraph: string, published: string): [string, string, DateMention["rule"]][] {
  return resolveDates([paragraph], published).map(({ text, date, rule }) => [text, date, rule]);
}

describe("the seed report (published Friday 2020-07-10)", () => {
  const paragraphs = [
    "“This agreement is the result of years of cooperation in confronting terrorism in Syria and hostile policies against Tehran and Damascus,” Assad said during a meeting with Chief of Staff of Iran’s Armed Forces Major General Mohammad Bagheri on Thursday, al Mayadeen reported.",
    "Iran and Syria signed a military and security agreement in Damascus on Wednesday. The agreement was signed by General Bagheri and Syrian Defense Minister Ali Abdullah Ayyoub.",
    "Bagheri visited Damascus at the top of a military delegation on Tuesday.",
  ];

  it("dates each of the three days, with the paragraph and offset of its phrase", () => {
    expect(resolveDates(paragraphs, FRIDAY)).toEqual([
      {
        text: "on Thursday",
        date: "2020-07-09",
        paragraph: 1,
        rule: "weekday-past",
        index: paragraphs[0]!.indexOf("on Thursday"),
      },
      {
        text: "on Wednesday",
        date: "2020-07-08",
        paragraph: 2,
        rule: "weekday-past",
        index: paragraphs[1]!.indexOf("on Wednesday"),
      },
      {
        text: "on Tuesday",
        date: "2020-07-07",
        paragraph: 3,
        rule: "weekday-past",
        index: paragraphs[2]!.indexOf("on Tuesday"),
      },
    ]);
  });
});

describe("yesterday, today and tomorrow", () => {
  it("counts from the publication day", () => {
    expect(datesIn("The foreign minister arrived yesterday and holds talks today. He will address parliament tomorrow.", FRIDAY)).toEqual([
      ["yesterday", "2020-07-09", "yesterday"],
      ["today", "2020-07-10", "today"],
      ["tomorrow", "2020-07-11", "tomorrow"],
    ]);
  });

  it("crosses a year end, and reads 'last night' and 'this morning'", () => {
    expect(datesIn("Fireworks were banned last night, and the curfew was lifted this morning.", "2021-01-01")).toEqual([
      ["last night", "2020-12-31", "yesterday"],
      ["this morning", "2021-01-01", "today"],
    ]);
  });
});

describe("what is not a date", () => {
  it("ignores years, durations, numbers and times alone", () => {
    expect(
      datesIn(
        "In 2019, Iran sent 3,000 advisers for two days of drills, three years after the 2016 accord; the session began at 5 pm and lasted 24/7.",
        FRIDAY,
      ),
    ).toEqual([]);
  });

  it("ignores 'may' the verb, a month alone and 'Sun' the newspaper", () => {
    expect(datesIn("Assad may visit Tehran in May, The Sun reported, citing Wed sources.", FRIDAY)).toEqual([]);
  });

  it("ignores weekdays that are part of names or habits, and still dates the real one", () => {
    expect(
      datesIn(
        "The Sunday Times reported on Monday that Black Tuesday protests, held every Friday since Good Friday, drew Monday Night Football crowds.",
        FRIDAY,
      ),
    ).toEqual([["on Monday", "2020-07-06", "weekday-past"]]);
  });

  it("ignores 'two days ago' and 'last week', which no date rule covers", () => {
    expect(datesIn("Two days ago the border reopened, after it closed last week.", FRIDAY)).toEqual([]);
  });
});

describe("resolveDates as a whole", () => {
  it("orders dates by paragraph, then by position, and numbers paragraphs from 1", () => {
    const report = ["No date here.", "Bagheri flew home on Saturday after talks on Thursday.", "He spoke yesterday."];
    const dates = resolveDates(report, FRIDAY);
    expect(dates.map(({ paragraph, index, date }) => [paragraph, index, date])).toEqual([
      [2, report[1]!.indexOf("on Saturday"), "2020-07-04"],
      [2, report[1]!.indexOf("on Thursday"), "2020-07-09"],
      [3, report[2]!.indexOf("yesterday"), "2020-07-09"],
    ]);
    for (const { paragraph, index, text } of dates) {
      expect(report[paragraph - 1]!.slice(index, index + text.length)).toBe(text);
    }
  });

  it("gives the same dates in every machine time zone", () => {
    const paragraph = "Bagheri arrived yesterday, met Assad on Wednesday, signed the deal on July 8, 2020, and will leave on Saturday.";
    const original = process.env.TZ;
    const byZone = ["UTC", "Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Tehran"].map((zone) => {
      process.env.TZ = zone;
      return resolveDates([paragraph], FRIDAY);
    });
    process.env.TZ = original;
    expect(byZone[0]!.map(({ date }) => date)).toEqual(["2020-07-09", "2020-07-08", "2020-07-08", "2020-07-11"]);
    for (const dates of byZone) expect(dates).toEqual(byZone[0]);
  });

  it("refuses a publication date that does not exist, saying how to write one", () => {
    expect(() => resolveDates(["Bagheri visited Damascus on Tuesday."], "2020-02-30")).toThrow(
      'published date "2020-02-30" is not a real calendar date; write it as YYYY-MM-DD, e.g. 2020-07-10',
    );
    expect(() => resolveDates([], "10 July 2020")).toThrow(/published date "10 July 2020"/);
  });
});
