import { describe, expect, it } from "vitest";
import { fieldName, REFERENCE_FIELDS } from "../../../../src/ingest/review/reference-fields.ts";

describe("the reference fields read from the schemas", () => {
  it("are every field that names another entry, with what removing a reference takes with it", () => {
    expect(REFERENCE_FIELDS.map((field) => `${field.holder} ${fieldName(field.path)} → ${field.target} (${field.removal})`)).toEqual([
      "articles dateline → places (key)",
      "articles publisher → organizations (key)",
      "articles people[] → people (element)",
      "articles organizations[] → organizations (element)",
      "articles places[] → places (element)",
      "articles cites[].outlet → organizations (entry)",
      "articles quotes[].speaker → people (key)",
      "articles quotes[].reportedBy[] → organizations (element)",
      "events parent → events (key)",
      "events place → places (key)",
      "events people[] → people (element)",
      "events organizations[] → organizations (element)",
      "events reports[].article → articles (entry)",
      "events reports[].why.people[] → people (element)",
      "events reports[].why.organizations[] → organizations (element)",
      "events reports[].why.place → places (key)",
      "events conflicts[].event → events (entry)",
      "events conflicts[].article → articles (entry)",
      "people foundIn[].article → articles (entry)",
      "organizations foundIn[].article → articles (entry)",
      "places foundIn[].article → articles (entry)",
      "places country → places (key)",
    ]);
  });
});
