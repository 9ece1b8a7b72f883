import { describe, expect, it } from "vitest";
import { normaliseForSearch, searchWords } from "../../../src/site/search/normalise-for-search.ts";

describe("normaliseForSearch", () => {
  it("reads Persian and Arabic yeh, kaf and alef maksura alike", () => {
    expect(normaliseForSearch("محمد باقری")).toBe(normaliseForSearch("محمد باقري"));
    expect(normaliseForSearch("کتاب")).toBe(normaliseForSearch("كتاب"));
    expect(normaliseForSearch("مصطفى")).toBe(normaliseForSearch("مصطفي"));
  });

  it("unifies alef with hamza or madda, teh marbuta and heh, and drops tatweel and harakat", () => {
    expect(normaliseForSearch("الأسد")).toBe("الاسد");
    expect(normaliseForSearch("إيران")).toBe("ايران");
    expect(normaliseForSearch("آمل")).toBe("امل");
    expect(normaliseForSearch("حماة")).toBe(normaliseForSearch("حماه"));
    expect(normaliseForSearch("بـــشار")).toBe("بشار");
    expect(normaliseForSearch("مُحَمَّد")).toBe("محمد");
  });

  it("drops the zero-width non-joiner of Persian compounds", () => {
    expect(normaliseForSearch("می\u200cخواهد")).toBe(normaliseForSearch("میخواهد"));
  });

  it("writes Eastern Arabic and Persian digits as ASCII digits", () => {
    expect(normaliseForSearch("٢٠٢٠")).toBe("2020");
    expect(normaliseForSearch("۱۳۹۹")).toBe("1399");
  });

  it("drops Latin diacritics and lowers the case", () => {
    expect(normaliseForSearch("Ayyūb")).toBe("ayyub");
    expect(normaliseForSearch("Ḥasan RŪḤĀNĪ")).toBe("hasan ruhani");
  });
});

describe("searchWords", () => {
  it("splits on whatever is not a letter or a digit", () => {
    expect(searchWords("al-Mayadeen, (Ayyūb)")).toEqual(["al", "mayadeen", "ayyub"]);
    expect(searchWords("بشار الأسد")).toEqual(["بشار", "الاسد"]);
  });
});
