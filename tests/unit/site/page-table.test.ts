import { describe, expect, it } from "vitest";

import { dayNumber, dayOf, kindOf, orderByDate, type DateTable, type PageTable } from "../../../src/site/search/page-table.ts";

const id = (n: number) => n.toString(36);

// Two indexes searched together (a site and a shard): their numbers do not overlap.
const SITE: PageTable = {
  first: 1000,
  kinds: [
    ["Place", 2],
    ["Article", 3],
    ["Event", 2],
  ],
  dates: "dates.a.json",
};
const SHARD: PageTable = {
  first: 5000,
  kinds: [
    ["Article", 2],
    ["Person", 1],
  ],
  dates: "dates.b.json",
};
const DAY = (date: string) => dayNumber(date)!;
const SITE_DATES: DateTable = {
  first: 1000,
  days: [null, null, DAY("2020-07-10"), DAY("2020-07-14"), DAY("2020-07-08"), DAY("2020-07-07"), DAY("2020-07-09")],
};
const SHARD_DATES: DateTable = { first: 5000, days: [DAY("2019-03-01"), DAY("2021-01-05"), null] };

describe("the page table", () => {
  it("gives the kind of the page a result id names, in whichever index it is", () => {
    expect([0, 1, 2, 4, 5, 6].map((n) => kindOf([SITE, SHARD], id(1000 + n)))).toEqual([
      "Place",
      "Place",
      "Article",
      "Article",
      "Event",
      "Event",
    ]);
    expect(kindOf([SITE, SHARD], id(5001))).toBe("Article");
    expect(kindOf([SITE, SHARD], id(5002))).toBe("Person");
  });

  it("knows no kind for an id outside every table, or one that is not a page number", () => {
    expect(kindOf([SITE, SHARD], id(999))).toBe("");
    expect(kindOf([SITE, SHARD], id(1007))).toBe("");
    expect(kindOf([SITE], "en_3e681f6")).toBe("");
    expect(kindOf([], id(1000))).toBe("");
  });

  it("gives the day of a page, or none", () => {
    expect(dayOf([SITE_DATES, SHARD_DATES], id(1003))).toBe(DAY("2020-07-14"));
    expect(dayOf([SITE_DATES, SHARD_DATES], id(5000))).toBe(DAY("2019-03-01"));
    expect(dayOf([SITE_DATES, SHARD_DATES], id(1000))).toBeNull();
    expect(dayOf([SITE_DATES], id(5000))).toBeNull();
  });
});

describe("dayNumber", () => {
  it("reads a day, a month or a year as the first day it covers", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2020-07")).toBe(dayNumber("2020-07-01"));
    expect(dayNumber("2020")).toBe(dayNumber("2020-01-01"));
    expect(dayNumber("10 July 2020")).toBeNull();
    expect(dayNumber(undefined)).toBeNull();
  });
});

describe("orderByDate", () => {
  // In score order, as a search gives them, from both indexes.
  const results = [1002, 5001, 1000, 1004, 5000, 1006, 1005, 1003, 5002].map((n) => ({ id: id(n) }));
  const dates = [SITE_DATES, SHARD_DATES];
  const ordered = (order: "newest" | "oldest") => orderByDate(results, dates, order).map((r) => parseInt(r.id, 36));

  it("puts newest first across indexes, and pages without a date last, in the order they came", () => {
    expect(ordered("newest")).toEqual([5001, 1003, 1002, 1006, 1004, 1005, 5000, 1000, 5002]);
  });

  it("puts oldest first the same way", () => {
    expect(ordered("oldest")).toEqual([5000, 1005, 1004, 1006, 1002, 1003, 5001, 1000, 5002]);
  });

  it("keeps results of one day in the order they came", () => {
    const sameDay: DateTable = { first: 0, days: [10, 10, 10, 9] };
    const input = [2, 0, 3, 1].map((n) => ({ id: id(n) }));
    expect(orderByDate(input, [sameDay], "newest").map((r) => r.id)).toEqual(["2", "0", "1", "3"]);
  });
});
