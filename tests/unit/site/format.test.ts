import { describe, expect, it } from "vitest";
import { formatDate, formatLongDate } from "../../../src/site/format.ts";

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
