import { describe, expect, it } from "vitest";
import { buildTimeline } from "../../../src/site/timeline/build-timeline.ts";

describe("buildTimeline", () => {
  it("nests the days of a visit under the visit and orders them by date", () => {
    const roots = buildTimeline([
      { id: "meeting", title: "Assad meets Bagheri", start: "2020-07-09", end: "2020-07-09", parent: "visit" },
      { id: "signing", title: "Agreement signed", start: "2020-07-08", end: "2020-07-08", parent: "visit" },
      { id: "visit", title: "Visit to Damascus", start: "2020-07-07", end: "2020-07-09" },
      { id: "arrival", title: "Bagheri arrives", start: "2020-07-07", end: "2020-07-07", parent: "visit" },
    ]);
    expect(roots.map((r) => r.id)).toEqual(["visit"]);
    expect(roots[0]!.children.map((c) => c.id)).toEqual(["arrival", "signing", "meeting"]);
  });

  it("keeps a sub-event at the top level when its parent is not in the list", () => {
    const roots = buildTimeline([{ id: "signing", title: "Agreement signed", start: "2020-07-08", end: "2020-07-08", parent: "visit" }]);
    expect(roots.map((r) => r.id)).toEqual(["signing"]);
  });

  it("puts a span before a one-day event that starts the same day", () => {
    const roots = buildTimeline([
      { id: "day", title: "A", start: "2020-07-07", end: "2020-07-07" },
      { id: "span", title: "B", start: "2020-07-07", end: "2020-07-09" },
    ]);
    expect(roots.map((r) => r.id)).toEqual(["span", "day"]);
  });
});
