import { describe, expect, it } from "vitest";
import { addDays, isIsoDate, resolveWeekday, weekdayOf } from "../../../src/archive/calendar.ts";
import { statedWeekday } from "../../../src/archive/weekday-phrases.ts";

describe("isIsoDate", () => {
  it("accepts a real day written YYYY-MM-DD, leap days included", () => {
    expect(isIsoDate("2020-07-10")).toBe(true);
    expect(isIsoDate("2020-02-29")).toBe(true);
    expect(isIsoDate("0050-01-01")).toBe(true);
  });

  it("rejects days that do not exist and other spellings", () => {
    expect(isIsoDate("2020-02-30")).toBe(false);
    expect(isIsoDate("2021-02-29")).toBe(false);
    expect(isIsoDate("2020-13-01")).toBe(false);
    expect(isIsoDate("2020-7-10")).toBe(false);
    expect(isIsoDate("10/07/2020")).toBe(false);
    expect(isIsoDate("2020-07-10T00:00:00Z")).toBe(false);
    expect(isIsoDate("")).toBe(false);
  });
});

describe("weekdayOf", () => {
  it("names the weekday of the seed report's publication and event days", () => {
    expect(weekdayOf("2020-07-10")).toBe("Friday");
    expect(weekdayOf("2020-07-07")).toBe("Tuesday");
    expect(weekdayOf("2020-02-29")).toBe("Saturday");
    expect(weekdayOf("2021-01-04")).toBe("Monday");
  });

  it("refuses a day that does not exist, saying how to write one", () => {
    expect(() => weekdayOf("2020-02-30")).toThrow('date "2020-02-30" is not a real calendar date; write it as YYYY-MM-DD, e.g. 2020-07-10');
  });
});

describe("addDays", () => {
  it("crosses month, year and leap-day boundaries", () => {
    expect(addDays("2020-07-10", -3)).toBe("2020-07-07");
    expect(addDays("2020-02-28", 1)).toBe("2020-02-29");
    expect(addDays("2021-02-28", 1)).toBe("2021-03-01");
    expect(addDays("2020-12-31", 1)).toBe("2021-01-01");
    expect(addDays("2021-01-04", -4)).toBe("2020-12-31");
  });

  it("refuses a fraction of a day", () => {
    expect(() => addDays("2020-07-10", 0.5)).toThrow(/whole number/);
  });
});

describe("resolveWeekday", () => {
  it("reads every mode from a Friday publication", () => {
    expect(resolveWeekday("2020-07-10", "Tuesday", "past")).toBe("2020-07-07");
    expect(resolveWeekday("2020-07-10", "Tuesday", "future")).toBe("2020-07-14");
    expect(resolveWeekday("2020-07-10", "Tuesday", "last")).toBe("2020-07-07");
    expect(resolveWeekday("2020-07-10", "Tuesday", "next")).toBe("2020-07-14");
  });

  it("takes the publication weekday as that day unless told 'last' or 'next'", () => {
    expect(resolveWeekday("2020-07-10", "Friday", "past")).toBe("2020-07-10");
    expect(resolveWeekday("2020-07-10", "Friday", "future")).toBe("2020-07-10");
    expect(resolveWeekday("2020-07-10", "Friday", "last")).toBe("2020-07-03");
    expect(resolveWeekday("2020-07-10", "Friday", "next")).toBe("2020-07-17");
  });

  it("crosses year ends and leap days", () => {
    expect(resolveWeekday("2021-01-04", "Thursday", "last")).toBe("2020-12-31");
    expect(resolveWeekday("2020-02-28", "Monday", "future")).toBe("2020-03-02");
    expect(resolveWeekday("2020-03-01", "Saturday", "past")).toBe("2020-02-29");
  });
});

describe("statedWeekday", () => {
  it("finds the weekday a short report phrase states", () => {
    expect(statedWeekday("on Tuesday")).toBe("Tuesday");
    expect(statedWeekday("Thursday's meeting")).toBe("Thursday");
    expect(statedWeekday("Thursday’s meeting")).toBe("Thursday");
    expect(statedWeekday("late on Wednesday")).toBe("Wednesday");
    expect(statedWeekday("today, Thursday")).toBe("Thursday");
    expect(statedWeekday("last Tuesday")).toBe("Tuesday");
    expect(statedWeekday("on tuesday night")).toBe("Tuesday");
    expect(statedWeekday("Tuesday, July 7")).toBe("Tuesday");
  });

  it("finds none in a calendar date, an abbreviation or a habit", () => {
    expect(statedWeekday("July 8")).toBeNull();
    expect(statedWeekday("on Wed")).toBeNull();
    expect(statedWeekday("on Tuesdays")).toBeNull();
    expect(statedWeekday("yesterday")).toBeNull();
  });
});
