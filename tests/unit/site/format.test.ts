import { describe, expect, it } from "vitest";
import { formatDate, formatLongDate, otherCalendarDays } from "../../../src/site/format.ts";

describe("formatLongDate", () => {
  it("writes a day with its weekday, in British order and without a comma", () => {
    expect(formatLongDate("2020-07-07")).toBe("Tuesday 7 July 2020");
    expect(formatLongDate("2020-02-29")).toBe("Saturday 29 February 2020");
  });

  it("gives each day its own text when asked again, whatever was asked in between", () => {
    const days = ["2020-07-10", "2019-12-31", "2020-07-10", "2021-01-01", "2019-12-31"];
    expect(days.map(formatLongDate)).toEqual([
      "Friday 10 July 2020",
      "Tuesday 31 December 2019",
      "Friday 10 July 2020",
      "Friday 1 January 2021",
      "Tuesday 31 December 2019",
    ]);
  });
});

describe("formatDate", () => {
  it("writes a day without its weekday", () => {
    expect(formatDate("2020-07-07")).toBe("7 July 2020");
    expect(formatDate("2020-07-07")).toBe("7 July 2020");
    expect(formatDate("1999-01-02")).toBe("2 January 1999");
  });

  it("keeps the long and the short form of the same day apart", () => {
    expect(formatLongDate("2022-03-04")).toBe("Friday 4 March 2022");
    expect(formatDate("2022-03-04")).toBe("4 March 2022");
  });
});

describe("otherCalendarDays", () => {
  // Known days: Nowruz 1399 and 1400 (1399 is a leap year, so Esfand has 30 days), the visit to Damascus, and the
  // first of Ramadan and of Shawwal 1441 as Saudi Arabia's Umm al-Qura calendar reckoned them.
  it.each([
    ["2020-03-20", "1 Farvardin 1399 AP", "۱ فروردین ۱۳۹۹"],
    ["2021-03-20", "30 Esfand 1399 AP", "۳۰ اسفند ۱۳۹۹"],
    ["2021-03-21", "1 Farvardin 1400 AP", "۱ فروردین ۱۴۰۰"],
    ["2020-07-07", "17 Tir 1399 AP", "۱۷ تیر ۱۳۹۹"],
  ])("gives %s in the Solar Hijri calendar as %s (%s)", (day, english, native) => {
    expect(otherCalendarDays(day)[0]).toEqual({ calendar: "Solar Hijri", english, native, lang: "fa" });
  });

  it.each([
    ["2020-04-24", "1 Ramadan 1441 AH", "١ رمضان ١٤٤١ هـ"],
    ["2020-05-24", "1 Shawwal 1441 AH", "١ شوال ١٤٤١ هـ"],
    ["2020-07-07", "16 Dhuʻl-Qiʻdah 1441 AH", "١٦ ذو القعدة ١٤٤١ هـ"],
  ])("gives %s in the Hijri calendar (Umm al-Qura) as %s (%s)", (day, english, native) => {
    expect(otherCalendarDays(day)[1]).toEqual({ calendar: "Hijri (Umm al-Qura)", english, native, lang: "ar" });
  });
});
