import { describe, expect, it } from "vitest";
import { compareReportDate, reportsDisagree, statedDateOf } from "../../../src/site/views/report-versions.ts";

const signing = { start: "2020-07-08", end: "2020-07-08" };
const visit = { start: "2020-07-07", end: "2020-07-09" };
const dates = [
  { text: "on Wednesday", date: "2020-07-08", paragraph: 5 },
  { text: "Thursday", date: "2020-07-09", paragraph: 2 },
  { text: "on Tuesday", date: "2020-07-07", paragraph: 14 },
];

describe("statedDateOf", () => {
  it("finds the resolved date with the report's paragraph and phrase", () => {
    expect(statedDateOf({ paragraph: 5, phrase: "on Wednesday" }, dates)?.date).toBe("2020-07-08");
  });

  it("takes the date of the same paragraph and the same words, not one of similar words", () => {
    expect(statedDateOf({ paragraph: 2, phrase: "on Thursday" }, dates)).toBeUndefined();
    expect(statedDateOf({ paragraph: 14, phrase: "Tuesday" }, dates)).toBeUndefined();
    const two = [
      { text: "Wednesday", date: "2020-07-01", paragraph: 5 },
      { text: "on Wednesday", date: "2020-07-08", paragraph: 5 },
    ];
    expect(statedDateOf({ paragraph: 5, phrase: "on Wednesday" }, two)?.date).toBe("2020-07-08");
    expect(statedDateOf({ paragraph: 5, phrase: "Wednesday" }, two)?.date).toBe("2020-07-01");
  });

  it("finds nothing in another paragraph or for other words", () => {
    expect(statedDateOf({ paragraph: 6, phrase: "on Wednesday" }, dates)).toBeUndefined();
    expect(statedDateOf({ paragraph: 14, phrase: "visited Damascus at the top of a military delegation" }, dates)).toBeUndefined();
  });
});

describe("compareReportDate", () => {
  it("agrees when the report's own date is the event's date", () => {
    expect(compareReportDate(signing, { paragraph: 5, phrase: "on Wednesday" }, dates)).toEqual({ stated: dates[0], differs: false });
  });

  it("flags a report whose own date is another day", () => {
    const otherReport = [{ text: "on Tuesday", date: "2020-07-07", paragraph: 3 }];
    expect(compareReportDate(signing, { paragraph: 3, phrase: "on Tuesday" }, otherReport)).toEqual({
      stated: otherReport[0],
      differs: true,
    });
  });

  it("accepts any day inside a span and flags one outside it", () => {
    expect(compareReportDate(visit, { paragraph: 2, phrase: "Thursday" }, dates)).toEqual({ stated: dates[1], differs: false });
    expect(
      compareReportDate(visit, { paragraph: 1, phrase: "on Friday" }, [{ text: "on Friday", date: "2020-07-10", paragraph: 1 }]).differs,
    ).toBe(true);
  });

  it("never calls a report without a resolved date a disagreement", () => {
    expect(compareReportDate(signing, { paragraph: 9, phrase: "recently" }, dates)).toEqual({ differs: false });
  });
});

describe("reportsDisagree", () => {
  it("is true as soon as one report dates the event differently", () => {
    expect(reportsDisagree([{ differs: false }, { differs: true }])).toBe(true);
    expect(reportsDisagree([{ differs: false }, { differs: false }])).toBe(false);
    expect(reportsDisagree([])).toBe(false);
  });
});
