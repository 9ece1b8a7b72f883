import { describe, expect, it } from "vitest";
import { createEntityMatcher } from "../../../src/ingest/names/entity-matcher.ts";
import { hosseinBagheri, seedEntities } from "../../support/seed-entities.ts";

const matcher = createEntityMatcher(seedEntities);
const withTwoBagheris = createEntityMatcher([...seedEntities, hosseinBagheri]);

function idsIn(sentence: string, using = matcher): string[] {
  return using.match([sentence]).map((mention) => mention.id);
}

describe("people who share a surname", () => {
  it("resolves each full name to its own person", () => {
    expect(idsIn("Hossein Bagheri and Mohammad Bagheri met Muhammad Baqeri.", withTwoBagheris)).toEqual([
      "hossein-bagheri",
      "mohammad-bagheri",
      "mohammad-bagheri",
    ]);
  });

  it("resolves a bare surname to the one person already named in full in the report", () => {
    const paragraphs = ["Muhammad Baqeri arrived in Damascus.", "Bagheri said the visit was a success."];
    expect(withTwoBagheris.match(paragraphs).map((mention) => [mention.id, mention.text, mention.paragraph])).toEqual([
      ["mohammad-bagheri", "Muhammad Baqeri", 1],
      ["damascus", "Damascus", 1],
      ["mohammad-bagheri", "Bagheri", 2],
    ]);
  });

  it("reports a bare surname as ambiguous when no one was named in full before it", () => {
    const paragraphs = ["Bagheri said the visit was a success.", "Mohammad Bagheri arrived in Damascus."];
    expect(withTwoBagheris.analyse(paragraphs)).toEqual({
      mentions: [
        { id: "mohammad-bagheri", type: "person", name: "Mohammad Bagheri", text: "Mohammad Bagheri", paragraph: 2, index: 0 },
        { id: "damascus", type: "place", name: "Damascus", text: "Damascus", paragraph: 2, index: 28 },
      ],
      ambiguous: [{ text: "Bagheri", paragraph: 1, index: 0, candidates: ["hossein-bagheri", "mohammad-bagheri"] }],
    });
  });

  it("reports a bare surname as ambiguous when both people were named in full", () => {
    const { ambiguous } = withTwoBagheris.analyse(["Hossein Bagheri met Mohammad Bagheri. Bagheri left."]);
    expect(ambiguous).toEqual([{ text: "Bagheri", paragraph: 1, index: 38, candidates: ["hossein-bagheri", "mohammad-bagheri"] }]);
  });

  it("does not read an unknown person's full name as a known person with the same surname", () => {
    expect(idsIn("Ahmad Bagheri spoke in Tehran.")).toEqual(["tehran"]);
    expect(idsIn("Ahmad Bagheri spoke in Tehran.", withTwoBagheris)).toEqual(["tehran"]);
    expect(idsIn("Deputy Foreign Minister Ali Bagheri Kani spoke.")).toEqual([]);
    expect(idsIn("Hafez al-Assad ruled Syria.")).toEqual(["syria"]);
  });

  it("still reads a surname after a title, a weekday or a sentence opener", () => {
    expect(idsIn("President Assad met Major Bagheri. On Thursday Ayyoub spoke. But Assad left.")).toEqual([
      "bashar-al-assad",
      "mohammad-bagheri",
      "ali-abdullah-ayyoub",
      "bashar-al-assad",
    ]);
  });
});

describe("resolve", () => {
  it.each([
    ["Ali Abdallah Ayyub", "ali-abdullah-ayyoub"],
    ["the Fars news agency", "fars-news-agency"],
    ["al Mayadeen", "al-mayadeen"],
    ["US", "united-states"],
    ["بشار الاسد", "bashar-al-assad"],
  ])("resolves %s to %s", (name, id) => {
    expect(matcher.resolve(name)?.id).toBe(id);
  });

  it.each(["us", "Ahmad Bagheri", "the two sides", ""])("resolves %j to nothing", (name) => {
    expect(matcher.resolve(name)).toBeNull();
  });

  it("gives no guess for a surname two known people share", () => {
    expect(withTwoBagheris.resolve("Bagheri")).toBeNull();
    expect(withTwoBagheris.resolve("Hossein Bagheri")?.id).toBe("hossein-bagheri");
  });

  it("settles a shared surname from the report when resolving through resolverFor", () => {
    const resolveInReport = withTwoBagheris.resolverFor(["Intro.", "Mohammad Bagheri arrived.", "Bagheri spoke."]);
    expect(resolveInReport("Bagheri", { paragraph: 3, index: 0 })?.id).toBe("mohammad-bagheri");
    expect(resolveInReport("Bagheri", { paragraph: 1, index: 0 })).toBeNull();
    expect(resolveInReport("Bagheri")?.id).toBe("mohammad-bagheri");
  });
});
