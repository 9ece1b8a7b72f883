import { describe, expect, it } from "vitest";
import { createEntityMatcher } from "../../../src/ingest/names/entity-matcher.ts";
import { findNameCandidates } from "../../../src/ingest/names/name-candidates.ts";
import { seedEntities } from "../../support/seed-entities.ts";
import { seedParagraphs } from "../../support/seed-report.ts";

const matcher = createEntityMatcher(seedEntities);

function candidatesIn(paragraphs: string[]) {
  return findNameCandidates(paragraphs, matcher.match(paragraphs));
}

describe("findNameCandidates", () => {
  it("reports unknown people, organizations and places but not known ones", () => {
    expect(
      candidatesIn(["Iraqi Foreign Minister Fuad Hussein met General Bagheri and officials of the Kremlin in Moscow on Monday."]),
    ).toEqual([
      { text: "Fuad Hussein", type: "person", paragraph: 1 },
      { text: "Kremlin", type: "organization", paragraph: 1 },
      { text: "Moscow", type: "place", paragraph: 1 },
    ]);
  });

  it("finds nothing new in the seed report, whose names are all known", () => {
    expect(findNameCandidates(seedParagraphs, matcher.match(seedParagraphs))).toEqual([]);
  });

  it("reports a full name with an unknown given name instead of merging it into a known person", () => {
    expect(candidatesIn(["Ahmad Bagheri and Hafez al-Assad were named."])).toEqual([
      { text: "Ahmad Bagheri", type: "person", paragraph: 1 },
      { text: "Hafez al-Assad", type: "person", paragraph: 1 },
    ]);
  });

  it("trims titles and possessives and lists each name once, at its first paragraph", () => {
    expect(
      candidatesIn([
        "Lebanon’s Hezbollah leader Hassan Nasrallah met Iraqi officials in Beirut.",
        "Nasrallah said Moscow’s role was growing, Fuad Hussein told President Vladimir Putin.",
        "Hussein later flew from Beirut to Baghdad.",
      ]),
    ).toEqual([
      { text: "Lebanon", type: "place", paragraph: 1 },
      { text: "Hassan Nasrallah", type: "person", paragraph: 1 },
      { text: "Beirut", type: "place", paragraph: 1 },
      { text: "Moscow", type: "place", paragraph: 2 },
      { text: "Fuad Hussein", type: "person", paragraph: 2 },
      { text: "Vladimir Putin", type: "person", paragraph: 2 },
      { text: "Baghdad", type: "place", paragraph: 3 },
    ]);
  });

  it("splits a list of places into separate names", () => {
    expect(candidatesIn(["Delegations came from Lebanon, Jordan and Egypt."]).map((candidate) => candidate.text)).toEqual([
      "Lebanon",
      "Jordan",
      "Egypt",
    ]);
  });
});
