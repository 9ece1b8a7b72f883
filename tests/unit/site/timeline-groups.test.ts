import { describe, expect, it } from "vitest";
import { enclosingPaths, groupByDay, monthLabel, periodLabel, planTimelinePages } from "../../../src/site/timeline/timeline-groups.ts";

function event(id: string, start: string, end = start) {
  return { id, start, end };
}

/** `count` one-day events on each of the given days. */
function eventsOn(days: Record<string, number>) {
  return Object.entries(days).flatMap(([day, count]) => Array.from({ length: count }, (_, i) => event(`${day}-${i}`, day)));
}

describe("groupByDay", () => {
  it("groups items year → month → day in calendar order", () => {
    const groups = groupByDay([event("c", "2021-01-02"), event("a", "2020-07-07"), event("b", "2020-07-09"), event("d", "2020-07-07")]);
    expect(groups.map((y) => y.year)).toEqual(["2020", "2021"]);
    expect(groups[0]!.months.map((m) => m.month)).toEqual(["2020-07"]);
    expect(groups[0]!.months[0]!.days.map((d) => [d.day, d.items.map((i) => i.id)])).toEqual([
      ["2020-07-07", ["a", "d"]],
      ["2020-07-09", ["b"]],
    ]);
    expect(groups[1]!.months[0]!.days[0]!.items.map((i) => i.id)).toEqual(["c"]);
  });

  it("places a span on the day it starts", () => {
    const [year] = groupByDay([event("visit", "2020-07-07", "2020-07-09")]);
    expect(year!.months[0]!.days.map((d) => d.day)).toEqual(["2020-07-07"]);
  });

  it("returns nothing for no items", () => {
    expect(groupByDay([])).toEqual([]);
  });
});

describe("planTimelinePages", () => {
  it("lists a year that fits on one page, and summarises its months for the timeline index", () => {
    const plan = planTimelinePages(
      [event("signing", "2020-07-08"), event("visit", "2020-07-07", "2020-07-09"), event("later", "2020-09-01")],
      500,
    );
    expect(plan.pages.map((p) => [p.path, p.events.map((e) => e.id)])).toEqual([["2020", ["visit", "signing", "later"]]]);
    expect(plan.years).toEqual([
      {
        path: "2020",
        year: "2020",
        count: 3,
        first: "2020-07-07",
        last: "2020-09-01",
        months: [
          { path: "2020", year: "2020", month: "2020-07", count: 2, first: "2020-07-07", last: "2020-07-08" },
          { path: "2020", year: "2020", month: "2020-09", count: 1, first: "2020-09-01", last: "2020-09-01" },
        ],
      },
    ]);
  });

  it("splits a year with more events than a page may list into month pages, linked from the year page", () => {
    const plan = planTimelinePages(eventsOn({ "2020-06-30": 2, "2020-07-01": 2 }), 3);
    expect(plan.pages.map((p) => [p.path, p.events.length, p.periods.map((period) => period.path)])).toEqual([
      ["2020", 0, ["2020/06", "2020/07"]],
      ["2020/06", 2, []],
      ["2020/07", 2, []],
    ]);
    expect(plan.years[0]!.months.map((m) => m.path)).toEqual(["2020/06", "2020/07"]);
  });

  it("splits a month that is still too big into parts, cutting between days", () => {
    const plan = planTimelinePages(eventsOn({ "2020-07-01": 2, "2020-07-02": 2, "2020-07-03": 1 }), 3);
    const month = plan.pages.find((p) => p.path === "2020/07")!;
    expect(month.events).toEqual([]);
    expect(month.periods.map((p) => [p.path, p.count, p.first, p.last])).toEqual([
      ["2020/07/part-1", 2, "2020-07-01", "2020-07-01"],
      ["2020/07/part-2", 3, "2020-07-02", "2020-07-03"],
    ]);
  });

  it("cuts inside a day only when that day alone is over the limit", () => {
    const plan = planTimelinePages(eventsOn({ "2020-07-01": 5 }), 2);
    const parts = plan.pages.filter((p) => p.part !== undefined);
    expect(parts.map((p) => p.events.length)).toEqual([2, 2, 1]);
  });

  it("never lists more events on one page than the limit", () => {
    const days = Object.fromEntries(
      Array.from({ length: 60 }, (_, i) => [
        `2020-${String((i % 12) + 1).padStart(2, "0")}-${String((i % 28) + 1).padStart(2, "0")}`,
        (i % 7) + 1,
      ]),
    );
    const events = eventsOn(days);
    const plan = planTimelinePages(events, 10);
    expect(Math.max(...plan.pages.map((p) => p.events.length))).toBeLessThanOrEqual(10);
    expect(plan.pages.flatMap((p) => p.events).length).toBe(events.length);
  });

  it("links each listing page to the ones before and after it, across years", () => {
    const plan = planTimelinePages([event("a", "2019-05-01"), event("b", "2020-07-08"), event("c", "2021-01-01")], 500);
    expect(plan.pages.map((p) => [p.path, p.previous, p.next])).toEqual([
      ["2019", undefined, "2020"],
      ["2020", "2019", "2021"],
      ["2021", "2020", undefined],
    ]);
  });

  it("plans no pages for an archive without events", () => {
    expect(planTimelinePages([], 500)).toEqual({ years: [], pages: [] });
  });
});

describe("timeline page names", () => {
  it("names a year, a month and a part of a month", () => {
    expect(monthLabel("2020-07")).toBe("July 2020");
    expect(periodLabel({ year: "2020", first: "2020-07-07", last: "2020-09-01" })).toBe("2020");
    expect(periodLabel({ year: "2020", month: "2020-07", first: "2020-07-07", last: "2020-07-09" })).toBe("July 2020");
    expect(periodLabel({ year: "2020", month: "2020-07", part: 2, first: "2020-07-11", last: "2020-07-20" })).toBe("July 2020, 11–20 July");
    expect(periodLabel({ year: "2020", month: "2020-07", part: 3, first: "2020-07-21", last: "2020-07-21" })).toBe("July 2020, 21 July");
  });

  it("finds the pages a timeline page sits in, for its breadcrumb", () => {
    expect(enclosingPaths("2020")).toEqual([]);
    expect(enclosingPaths("2020/07")).toEqual(["2020"]);
    expect(enclosingPaths("2020/07/part-2")).toEqual(["2020", "2020/07"]);
  });
});
