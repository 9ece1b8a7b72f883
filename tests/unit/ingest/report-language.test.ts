import { describe, expect, it } from "vitest";
import { splitCredits } from "../../../src/ingest/raw-report/credits.ts";

import { findDateline } from "../../../src/ingest/raw-report/dateline.ts";
import { detectLanguage } from "../../../src/ingest/raw-report/language.ts";

const PERSIAN = "سرلشکر محمد باقری رئیس ستاد کل نیروهای مسلح روز سه‌شنبه وارد دمشق شد و این سفر را مهم خواند.";
const ARABIC = "وقع رئيس الأركان الإيرانية ووزير الدفاع السوري في دمشق اتفاقية شاملة للتعاون العسكري التي تعزز العلاقات.";

describe("the language of a report", () => {
  it("tells English, Arabic and Persian apart from their letters", () => {
    expect(detectLanguage(["Bagheri arrived in Damascus on Tuesday at the head of a military delegation."]).language).toBe("en");
    expect(detectLanguage([PERSIAN]).language).toBe("fa");
    expect(detectLanguage([ARABIC]).language).toBe("ar");
  });

  it("reads an English report that quotes Arabic or Persian as English", () => {
    expect(detectLanguage([`The statement said: «${PERSIAN.slice(0, 40)}», according to IRNA's report of the visit.`]).language).toBe("en");
  });

  it("names no language, with the reason, when the text is too short or too mixed to tell", () => {
    expect(detectLanguage(["OK"])).toMatchObject({ language: null, doubt: expect.stringContaining("too few letters") });
    expect(detectLanguage(["محمد باقري محمد باقری"]).language).toBeNull();
  });
});

describe("Arabic and Persian datelines", () => {
  it.each([
    ["طهران (إرنا) – وقع الجانبان الاتفاقية.", "طهران", "إرنا", "طهران (إرنا) –"],
    ["دمشق - سانا: بحث الجانبان التعاون.", "دمشق", "سانا", "دمشق - سانا:"],
    ["بيروت ـ وصل الوفد إلى العاصمة.", "بيروت", null, "بيروت ـ"],
    ["تهران- ایرنا- سرلشکر باقری وارد دمشق شد.", "تهران", "ایرنا", "تهران- ایرنا-"],
    ["تهران - خبرگزاری فارس - سرلشکر باقری وارد دمشق شد.", "تهران", "خبرگزاری فارس", "تهران - خبرگزاری فارس -"],
    ["تهران - روزنامه ایران - موافقت‌نامه امضا شد.", "تهران", "روزنامه ایران", "تهران - روزنامه ایران -"],
  ])("reads %s", (paragraph, place, detail, text) => {
    const { dateline, paragraphs } = findDateline([paragraph]);
    expect(dateline).toEqual({ place, detail, text });
    expect(paragraphs[0]).toBe(paragraph.slice(paragraph.indexOf(text) + text.length).trimStart());
  });

  it("does not take the words of a sentence for a dateline", () => {
    expect(findDateline(["وقع الجانبان في دمشق اتفاقية شاملة للتعاون العسكري."]).dateline).toBeNull();
  });
});

describe("the end marks of Arabic and Persian wires", () => {
  it.each(["(انتهى)", "انتهى", "انتهای پیام", "پایان پیام", "ع.ا", "م.ح/ س.ك"])("takes %s for a signature, not a paragraph", (mark) => {
    expect(splitCredits(["وقع الجانبان الاتفاقية.", "", mark].join("\n"))).toEqual({ article: "وقع الجانبان الاتفاقية.", credits: mark });
  });

  it("keeps a last paragraph that only mentions the end", () => {
    const text = "وقع الجانبان الاتفاقية.\n\nانتهى الاجتماع مساء أمس.";
    expect(splitCredits(text).credits).toBeNull();
  });
});
