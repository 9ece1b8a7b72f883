import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";

import { resolveDates } from "../../../src/ingest/dates/resolve-dates.ts";
import { gregorianDay, resolveOtherMonthDay, yearOf } from "../../../src/ingest/dates/calendars.ts";
import { arabicScriptMentions, digitsValue } from "../../../src/ingest/dates/arabic-script-dates.ts";

interface KeyEntry {
  published: string;
  text: string;
  dates: { date: string; rule: string }[];
}

const KEY = parse(readFileSync(new URL("../../fixtures/dates/arabic-persian-key.yaml", import.meta.url), "utf8")) as KeyEntry[];

describe("dates of Arabic and Persian reports, against the answer key", () => {
  const found = KEY.map((entry) => resolveDates([entry.text], entry.published).map(({ date, rule }) => `${date} ${rule}`));
  const expected = KEY.map((entry) => entry.dates.map(({ date, rule }) => `${date} ${rule}`));
  // A found date is right when the key has it for that paragraph (each key date matched once).
  let right = 0;
  found.forEach((dates, i) => {
    const left = [...expected[i]!];
    for (const date of dates) {
      const at = left.indexOf(date);
      if (at >= 0) {
        right++;
        left.splice(at, 1);
      }
    }
  });
  const precision = right / found.flat().length;
  const recall = right / expected.flat().length;

  it(`finds every date of the key (recall ${(recall * 100).toFixed(1)}%) and no other (precision ${(precision * 100).toFixed(1)}%)`, () => {
    expect(expected.flat().length).toBeGreaterThan(20);
    expect(found).toEqual(expected);
  });
});

describe("the Solar Hijri and Hijri calendars", () => {
  it("give the Gregorian day of a day of theirs", () => {
    expect(gregorianDay("solar-hijri", 1399, 4, 17)).toBe("2020-07-07");
    expect(gregorianDay("solar-hijri", 1399, 1, 1)).toBe("2020-03-20");
    expect(gregorianDay("hijri", 1441, 11, 16)).toBe("2020-07-07");
    expect(gregorianDay("hijri", 1441, 9, 1)).toBe("2020-04-24");
  });

  it("refuse a day past a month's end", () => {
    expect(gregorianDay("solar-hijri", 1399, 7, 31)).toBeNull();
    expect(gregorianDay("hijri", 1441, 11, 31)).toBeNull();
  });

  it("read a day and month without a year from publication and tense", () => {
    expect(yearOf("solar-hijri", "2020-07-10")).toBe(1399);
    expect(yearOf("hijri", "2020-07-10")).toBe(1441);
    // 20 Farvardin is in spring: before a July report, so the same year in the past, the next in the future.
    expect(resolveOtherMonthDay("solar-hijri", "2020-07-10", 1, 20, "past")).toBe("2020-04-08");
    expect(resolveOtherMonthDay("solar-hijri", "2020-07-10", 1, 20, "future")).toBe("2021-04-09");
    expect(resolveOtherMonthDay("hijri", "2020-07-10", 12, 10, "future")).toBe("2020-07-31");
    expect(resolveOtherMonthDay("hijri", "2020-07-10", 12, 10, "past")).toBe("2019-08-11");
  });
});

describe("Arabic-script date phrases", () => {
  it("keep the phrase as written, with a weekday before a date as part of it", () => {
    const [mention] = arabicScriptMentions("وصل الوفد الثلاثاء ٧ تموز ٢٠٢٠ إلى دمشق");
    expect(mention).toMatchObject({ kind: "calendar", year: 2020, month: 7, day: 7, text: "الثلاثاء ٧ تموز ٢٠٢٠" });
  });

  it("take every written form of a word: Arabic or Persian letters, harakat, tatweel, joiners", () => {
    for (const text of ["يوم الأربعاء", "يوم الاربعاء", "يوم الأَربِعاء", "يوم الأربعـــاء"]) {
      expect(arabicScriptMentions(`التقى الجانبان ${text} في دمشق`)).toMatchObject([{ kind: "weekday", weekday: "Wednesday" }]);
    }
    for (const text of ["سه‌شنبه", "سه شنبه", "سهشنبه"]) {
      expect(arabicScriptMentions(`روز ${text} وارد دمشق شد`)).toMatchObject([{ kind: "weekday", weekday: "Tuesday" }]);
    }
    expect(arabicScriptMentions("در ۱۷ ذی‌القعده ۱۴۴۱")).toMatchObject([{ kind: "hijri", year: 1441, month: 11, day: 17 }]);
    expect(arabicScriptMentions("في ١٧ ذي القعدة ١٤٤١هـ")).toMatchObject([{ kind: "hijri", year: 1441, month: 11, day: 17 }]);
  });

  it("does not read a weekday inside another word, or Saturday inside the other Persian weekdays", () => {
    expect(arabicScriptMentions("روز پنج‌شنبه")).toMatchObject([{ weekday: "Thursday" }]);
    expect(arabicScriptMentions("روز یکشنبه")).toMatchObject([{ weekday: "Sunday" }]);
    expect(arabicScriptMentions("امروزه روابط گسترده است")).toEqual([]);
    expect(arabicScriptMentions("قبل أول أمس")).toEqual([]);
  });

  it("reads numbers in Western, Eastern Arabic and Persian digits alike", () => {
    expect([digitsValue("17"), digitsValue("١٧"), digitsValue("۱۷")]).toEqual([17, 17, 17]);
  });
});
