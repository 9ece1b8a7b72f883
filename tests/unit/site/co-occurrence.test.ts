import { describe, expect, it } from "vitest";
import { countCoOccurrences, topCompanions } from "../../../src/site/co-occurrence.ts";

describe("countCoOccurrences", () => {
  it("counts each pair once per article and once per event, in both directions", () => {
    const counts = countCoOccurrences([
      { kind: "article", members: ["people/bagheri", "people/ayyoub", "places/damascus"] },
      { kind: "event", members: ["people/bagheri", "places/damascus"] },
      { kind: "event", members: ["people/bagheri", "people/ayyoub", "places/damascus"] },
    ]);
    expect(counts.get("people/bagheri")?.get("places/damascus")).toEqual({ articles: 1, events: 2 });
    expect(counts.get("places/damascus")?.get("people/bagheri")).toEqual({ articles: 1, events: 2 });
    expect(counts.get("people/ayyoub")?.get("people/bagheri")).toEqual({ articles: 1, events: 1 });
  });

  it("ignores an entity named twice in the same context and never pairs an entity with itself", () => {
    const counts = countCoOccurrences([{ kind: "article", members: ["people/bagheri", "people/bagheri", "places/damascus"] }]);
    expect(counts.get("people/bagheri")?.get("places/damascus")).toEqual({ articles: 1, events: 0 });
    expect(counts.get("people/bagheri")?.has("people/bagheri")).toBe(false);
  });
});

describe("topCompanions", () => {
  const counts = countCoOccurrences([
    { kind: "article", members: ["a", "b", "c", "d"] },
    { kind: "event", members: ["a", "c"] },
    { kind: "event", members: ["a", "d"] },
    { kind: "event", members: ["a", "d"] },
  ]);

  it("ranks companions by how often they appear together, articles and events alike", () => {
    expect(topCompanions(counts, "a", 10)).toEqual([
      { key: "d", articles: 1, events: 2, total: 3 },
      { key: "c", articles: 1, events: 1, total: 2 },
      { key: "b", articles: 1, events: 0, total: 1 },
    ]);
  });

  it("keeps only the top N", () => {
    expect(topCompanions(counts, "a", 2).map((c) => c.key)).toEqual(["d", "c"]);
  });

  it("breaks ties by key so the page is the same on every build", () => {
    const tied = countCoOccurrences([{ kind: "article", members: ["x", "zeta", "alpha", "mu"] }]);
    expect(topCompanions(tied, "x", 3).map((c) => c.key)).toEqual(["alpha", "mu", "zeta"]);
  });

  it("returns nothing for an entity named alone or not at all", () => {
    expect(topCompanions(countCoOccurrences([{ kind: "article", members: ["lonely"] }]), "lonely", 5)).toEqual([]);
    expect(topCompanions(counts, "unknown", 5)).toEqual([]);
  });
});
