import { describe, expect, it } from "vitest";
import { textDirection } from "../../../src/archive/languages.ts";
import { languageAttributes, siteLanguageWithin } from "../../../src/site/text-language.ts";

describe("the language and direction of a report's text on the site", () => {
  it("sets lang and dir for Arabic and Persian, right to left", () => {
    expect(languageAttributes("ar")).toEqual({ lang: "ar", dir: "rtl" });
    expect(languageAttributes("fa-IR")).toEqual({ lang: "fa-IR", dir: "rtl" });
  });

  it("sets nothing for the site's language or an unknown one", () => {
    expect(languageAttributes("en")).toEqual({});
    expect(languageAttributes(undefined)).toEqual({});
    expect(languageAttributes("fr")).toEqual({ lang: "fr", dir: "ltr" });
  });

  it("gives the site's language to its own words only inside a page in another language", () => {
    expect(siteLanguageWithin("fa")).toBe("en");
    expect(siteLanguageWithin("en")).toBeUndefined();
    expect(siteLanguageWithin(undefined)).toBeUndefined();
  });

  it("knows the right-to-left scripts by their primary language", () => {
    expect(["ar", "fa", "he", "ur", "ar-SY"].map(textDirection)).toEqual(["rtl", "rtl", "rtl", "rtl", "rtl"]);
    expect(["en", "de", "zh-Hant"].map(textDirection)).toEqual(["ltr", "ltr", "ltr"]);
  });
});
