import { describe, expect, it } from "vitest";
import { indexRecords } from "../../../src/site/publishing/record-index.ts";
import { ARTICLE_ID, VISIT, sampleRecords } from "../../support/record-fixtures.ts";

describe("indexRecords", () => {
  const records = sampleRecords();
  // A second article that reports only the signing, twice (two paragraphs), to check it is listed once.
  records.events.find((e) => e.id === "2020-07-08-iran-syria-military-agreement-signed")!.reports.push(
    { article: "another-report", paragraph: 1, phrase: "on July 8" },
    { article: "another-report", paragraph: 3, phrase: "the agreement" },
  );
  const index = indexRecords(records);

  it("lists the events each article reports, each once, in date order, a span before the day it starts with", () => {
    expect(index.eventsByArticle.get(ARTICLE_ID)!.map((e) => e.id)).toEqual([
      VISIT,
      "2020-07-07-bagheri-arrives-in-damascus",
      "2020-07-08-iran-syria-military-agreement-signed",
      "2020-07-09-assad-meets-bagheri",
    ]);
    expect(index.eventsByArticle.get("another-report")!.map((e) => e.id)).toEqual(["2020-07-08-iran-syria-military-agreement-signed"]);
    expect(index.eventsByArticle.has("an-article-with-no-events")).toBe(false);
  });

  it("lists each span's sub-events in date order", () => {
    expect(index.subEvents.get(VISIT)!.map((e) => e.id)).toEqual([
      "2020-07-07-bagheri-arrives-in-damascus",
      "2020-07-08-iran-syria-military-agreement-signed",
      "2020-07-09-assad-meets-bagheri",
    ]);
  });
});
