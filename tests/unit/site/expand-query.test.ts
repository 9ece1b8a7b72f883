import { describe, expect, it } from "vitest";
import { arabicScriptStem, expandQuery, mergeSearchNames } from "../../../src/site/search/expand-query.ts";
import type { SearchNames } from "../../../src/site/search/search-names.ts";

const NAMES: SearchNames = {
  names: { baqeri: [0], "mohammad baqeri": [0], "محمد باقري": [0], "بشار الاسد": [1], ayoub: [2] },
  forms: [["bagheri"], ["assad"], ["ayyoub"]],
  words: { باقري: ["باقری"], ayyub: ["ayyūb"] },
};

describe("expandQuery", () => {
  it("searches the query as typed, then each written form of the entity it names", () => {
    expect(expandQuery("Baqeri", NAMES).terms).toEqual(["Baqeri", "bagheri"]);
    expect(expandQuery("  Mohammad   Baqeri ", NAMES).terms).toEqual(["Mohammad Baqeri", "bagheri"]);
  });

  it("finds a name written with other letter forms (Arabic yeh for Persian yeh, hamza on the alef)", () => {
    expect(expandQuery("محمد باقري", NAMES).terms).toEqual(["محمد باقري", "bagheri"]);
    expect(expandQuery("بشار الأسد", NAMES).terms).toEqual(["بشار الأسد", "assad"]);
  });

  it("keeps the other words of the query around the name", () => {
    expect(expandQuery("Ayoub resistance", NAMES).terms).toEqual(["Ayoub resistance", "ayyoub resistance"]);
  });

  it("adds the forms a word is written in, and the plain form of a word typed with diacritics", () => {
    expect(expandQuery("باقري", NAMES).terms).toEqual(["باقري", "باقری"]);
    expect(expandQuery("Ayyub", NAMES).terms).toEqual(["Ayyub", "ayyūb"]);
    expect(expandQuery("Ayyūb", NAMES).terms).toEqual(["Ayyūb", "ayyub"]);
  });

  it("says whether the query names an entity", () => {
    expect(expandQuery("Ayoub resistance", NAMES).namesEntity).toBe(true);
    expect(expandQuery("Ayyub", NAMES).namesEntity).toBe(false);
  });

  it("leaves a quoted phrase, or a query with no name and no variants, as it is", () => {
    expect(expandQuery(`"Mohammad Baqeri"`, NAMES).terms).toEqual([`"Mohammad Baqeri"`]);
    expect(expandQuery("Takfiri terrorism", NAMES).terms).toEqual(["Takfiri terrorism"]);
    expect(expandQuery("   ", NAMES).terms).toEqual([]);
  });
});

describe("mergeSearchNames", () => {
  it("keeps each table's names pointing at its own forms", () => {
    const other: SearchNames = { names: { dimashq: [0] }, forms: [["damascus"]], words: { ayyub: ["ayyúb"] } };
    const merged = mergeSearchNames([NAMES, other]);
    expect(merged.forms[merged.names.dimashq![0]!]).toEqual(["damascus"]);
    expect(merged.words.ayyub).toEqual(["ayyūb", "ayyúb"]);
  });
});

describe("arabicScriptStem", () => {
  it.each([
    ["الاتفاقيه", "اتفاق"],
    ["والاتفاقيه", "اتفاق"],
    ["بالوفد", "وفد"],
    ["للتعاون", "تعاون"],
    ["المحادثات", "محادث"],
  ])("takes the article, glued words and ending off %s → %s", (word, stem) => {
    expect(arabicScriptStem(word)).toBe(stem);
  });

  it.each(["دمشق", "باقري", "وزير", "وصل", "Bagheri", "علي"])("leaves %s as it is", (word) => {
    expect(arabicScriptStem(word)).toBeUndefined();
  });

  it("adds the stem to the searches of an Arabic query, after the word as typed", () => {
    const { terms } = expandQuery("والاتفاقية", { names: {}, forms: [], words: {} });
    expect(terms[0]).toBe("والاتفاقية");
    expect(terms).toContain("اتفاق");
  });
});
