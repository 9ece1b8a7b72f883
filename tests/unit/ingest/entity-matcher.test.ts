import { describe, expect, it } from "vitest";
import { createEntityMatcher } from "../../../src/ingest/names/entity-matcher.ts";
import { seedEntities } from "../../support/seed-entities.ts";
import { seedParagraphs } from "../../support/seed-report.ts";

const matcher = createEntityMatcher(seedEntities);

function idsIn(sentence: string): string[] {
  return matcher.match([sentence]).map((mention) => mention.id);
}

describe("createEntityMatcher on the seed report", () => {
  const mentions = matcher.match(seedParagraphs);

  it("finds every known entity the report names, and no others", () => {
    expect(new Set(mentions.map((mention) => mention.id))).toEqual(
      new Set([
        "bashar-al-assad",
        "mohammad-bagheri",
        "ali-abdullah-ayyoub",
        "al-mayadeen",
        "irib",
        "fars-news-agency",
        "tehran",
        "damascus",
        "iran",
        "syria",
        "united-states",
        "armed-forces-of-iran",
      ]),
    );
  });

  it("gives each mention the words as written, its paragraph and its offset", () => {
    expect(mentions).toContainEqual({
      id: "armed-forces-of-iran",
      type: "organization",
      name: "Armed Forces of the Islamic Republic of Iran",
      text: "Iran’s Armed Forces",
      paragraph: 2,
      index: 190,
    });
    expect(mentions).toContainEqual({
      id: "ali-abdullah-ayyoub",
      type: "person",
      name: "Ali Abdullah Ayyoub",
      text: "Ali Abdullah Ayyoub",
      paragraph: 5,
      index: 154,
    });
    expect(mentions).toContainEqual({
      id: "fars-news-agency",
      type: "organization",
      name: "Fars News Agency",
      text: "Fars news agency",
      paragraph: 9,
      index: 261,
    });
    expect(mentions).toContainEqual({
      id: "al-mayadeen",
      type: "organization",
      name: "Al Mayadeen",
      text: "al Mayadeen",
      paragraph: 2,
      index: 254,
    });
    expect(seedParagraphs[1].slice(190, 190 + "Iran’s Armed Forces".length)).toBe("Iran’s Armed Forces");
  });

  it("lets Iran’s Armed Forces cover its span, with no separate mention of Iran inside it", () => {
    expect(mentions.filter((mention) => mention.paragraph === 2).map((mention) => mention.text)).toEqual([
      "Syria",
      "Tehran",
      "Damascus",
      "Assad",
      "Iran’s Armed Forces",
      "Mohammad Bagheri",
      "al Mayadeen",
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
