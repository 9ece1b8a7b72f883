import { describe, expect, it } from "vitest";
import { createEntityMatcher } from "../../src/lib/entity-matcher.ts";
import { hosseinBagheri, seedEntities } from "./helpers/seed-entities.ts";
import { seedParagraphs } from "./helpers/seed-report.ts";

const matcher = createEntityMatcher(seedEntities);
const withTwoBagheris = createEntityMatcher([...seedEntities, hosseinBagheri]);

function idsIn(sentence: string, using = matcher): string[] {
  return using.match([sentence]).map((mention) => mention.id);
}

describe("createEntityMatcher on the seed report", () => {
  const mentions = matcher.match(seedParagraphs);

  it("finds every known entity the report names, and no others", () => {
    expect(new Set(mentions.map((mention) => mention.id))).toEqual(
      new Set([
        "bashar-al-assad", "mohammad-bagheri", "ali-abdullah-ayyoub", "al-mayadeen", "irib", "fars-news-agency",
        "tehran", "damascus", "iran", "syria", "united-states", "armed-forces-of-iran",
      ]),
    );
  });

  it("gives each mention the words as written, its paragraph and its offset", () => {
    expect(mentions).toContainEqual({
      id: "armed-forces-of-iran", type: "organization", name: "Armed Forces of the Islamic Republic of Iran",
      text: "Iran’s Armed Forces", paragraph: 2, index: 190,
    });
    expect(mentions).toContainEqual({
      id: "ali-abdullah-ayyoub", type: "person", name: "Ali Abdullah Ayyoub", text: "Ali Abdullah Ayyoub", paragraph: 5, index: 154,
    });
    expect(mentions).toContainEqual({
      id: "fars-news-agency", type: "organization", name: "Fars News Agency", text: "Fars news agency", paragraph: 9, index: 261,
    });
    expect(mentions).toContainEqual({
      id: "al-mayadeen", type: "organization", name: "Al Mayadeen", text: "al Mayadeen", paragraph: 2, index: 254,
    });
    expect(seedParagraphs[1].slice(190, 190 + "Iran’s Armed Forces".length)).toBe("Iran’s Armed Forces");
  });

  it("lets Iran’s Armed Forces cover its span, with no separate mention of Iran inside it", () => {
    expect(mentions.filter((mention) => mention.paragraph === 2).map((mention) => mention.text)).toEqual([
      "Syria", "Tehran", "Damascus", "Assad", "Iran’s Armed Forces", "Mohammad Bagheri", "al Mayadeen",
    ]);
  });

  it("leaves nothing ambiguous when only one Bagheri is known", () => {
    expect(matcher.analyse(seedParagraphs).ambiguous).toEqual([]);
  });
});

describe("matching spellings and transliterations", () => {
  it.each([
    ["Syrian Defense Minister ‘Ali ‘Abdullah Ayoub arrived in Tehran.", "ali-abdullah-ayyoub", "Ali ‘Abdullah Ayoub"],
    ["Ali Abdallah Ayyub arrived in Tehran.", "ali-abdullah-ayyoub", "Ali Abdallah Ayyub"],
    ["Ayoub arrived in Tehran.", "ali-abdullah-ayyoub", "Ayoub"],
    ["Muhammad Baqeri arrived in Tehran.", "mohammad-bagheri", "Muhammad Baqeri"],
    ["Mohammed Bagheri arrived in Tehran.", "mohammad-bagheri", "Mohammed Bagheri"],
    ["Baqeri arrived in Tehran.", "mohammad-bagheri", "Baqeri"],
    ["Al-Mayadeen reported the visit to Tehran.", "al-mayadeen", "Al-Mayadeen"],
    ["The Fars news agency reported the visit to Tehran.", "fars-news-agency", "Fars news agency"],
  ])("reads “%s” as %s", (sentence, id, text) => {
    expect(matcher.match([sentence])).toContainEqual(expect.objectContaining({ id, text, paragraph: 1 }));
  });

  it("takes the longest name, so a minister's title does not split his name", () => {
    expect(matcher.match(["Syrian Defense Minister Ali Abdullah Ayyoub signed the deal."])).toEqual([
      { id: "ali-abdullah-ayyoub", type: "person", name: "Ali Abdullah Ayyoub", text: "Ali Abdullah Ayyoub", paragraph: 1, index: 24 },
    ]);
  });

  it("matches names written in Arabic and Persian script whatever the keyboard", () => {
    const sentence = "التقى الرئيس السوري بشار الاسد رئيس الأركان محمد باقري ووزير الدفاع علي عبد الله ايوب في دمشق";
    expect(matcher.match([sentence]).map((mention) => [mention.id, mention.text, mention.index])).toEqual([
      ["bashar-al-assad", "بشار الاسد", 20],
      ["mohammad-bagheri", "محمد باقري", 44],
      ["ali-abdullah-ayyoub", "علي عبد الله ايوب", 68],
    ]);
  });
});

describe("word boundaries", () => {
  it("does not find Iran inside Iranian", () => {
    expect(idsIn("Iranian officials met in Tehran.")).toEqual(["tehran"]);
  });

  it("reads Iranian Armed Forces as the armed forces", () => {
    expect(idsIn("The Iranian Armed Forces held drills.")).toEqual(["armed-forces-of-iran"]);
  });

  it("matches the acronym US only in capitals and only as a whole word", () => {
    expect(matcher.match(["He told us that the USA and the US differ."]).map((mention) => mention.text)).toEqual(["US"]);
    expect(idsIn("Us and them.")).toEqual([]);
  });

  it("does not join names across a comma or a dash", () => {
    expect(idsIn("Iran, Syria and the Iran–Syria pact.")).toEqual(["iran", "syria", "iran", "syria"]);
  });
});

describe("people who share a surname", () => {
  it("resolves each full name to its own person", () => {
    expect(idsIn("Hossein Bagheri and Mohammad Bagheri met Muhammad Baqeri.", withTwoBagheris)).toEqual([
      "hossein-bagheri", "mohammad-bagheri", "mohammad-bagheri",
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
      "bashar-al-assad", "mohammad-bagheri", "ali-abdullah-ayyoub", "bashar-al-assad",
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
