import { describe, expect, it } from "vitest";
import { resolveDates } from "../../../src/ingest/dates/resolve-dates.ts";

/** The counted days a paragraph states, as [phrase, day, rule]. */
function counted(paragraph: string, published: string): [string, string, string][] {
  return resolveDates([paragraph], published)
    .filter((d) => d.rule === "interval" || d.rule === "same-day")
    .map((d) => [d.text, d.date, d.rule]);
}

describe("a day counted from another", () => {
  it.each([
    // Counted from the date the sentence states before the phrase.
    ["Authorities evacuated 40,000 people on Monday, a day after the river overflowed.", "2020-07-14", ["a day after", "2020-07-12"]],
    ["The envoy arrived on Friday, two days before the summit opened.", "2021-03-13", ["two days before", "2021-03-14"]],
    // Counted from publication when the sentence states no date of its own.
    [
      "A week after Iran's top general landed in Damascus, officials say the deal is in force.",
      "2020-07-14",
      ["A week after", "2020-07-07"],
    ],
    ["The ministers met again the day after the vote, officials said.", "2022-10-24", ["the day after", "2022-10-23"]],
  ])("reads %j published %s", (paragraph, published, [phrase, day]) => {
    expect(counted(paragraph, published)).toEqual([[phrase, day, "interval"]]);
  });

  it("counts from the sentence's time, not from a date that names a thing (\"Tuesday's earthquake\")", () => {
    const paragraph = "Relief supplies have begun reaching survivors of Tuesday's earthquake, a day after an Indian rescue team arrived.";
    expect(counted(paragraph, "2022-10-14")).toEqual([["a day after", "2022-10-13", "interval"]]);
  });

  it("reads another sentence's date as no anchor", () => {
    const paragraph = "The quake struck on Tuesday. A day after the rescuers arrived, the roads reopened.";
    expect(counted(paragraph, "2022-10-14")).toEqual([["A day after", "2022-10-13", "interval"]]);
  });
});

describe("the same day as another", () => {
  it("is the day of publication after a plan for a later day, when it tells what already happened", () => {
    const paragraph = "Iran and Syria will sign an agreement on Wednesday, officials said, after the general arrived earlier in the day.";
    expect(counted(paragraph, "2020-07-07")).toEqual([["earlier in the day", "2020-07-07", "same-day"]]);
  });

  it("is the planned day when it plans too", () => {
    const paragraph = "She will hold talks on Tuesday, and the two ministers are expected to sign the agreements the same day.";
    expect(counted(paragraph, "2022-10-17")).toEqual([["the same day", "2022-10-18", "same-day"]]);
  });

  it("is the day the sentence states when that day is past", () => {
    const paragraph = "The minister landed on Monday and met the president later in the day.";
    expect(counted(paragraph, "2022-10-19")).toEqual([["later in the day", "2022-10-17", "same-day"]]);
  });
});
