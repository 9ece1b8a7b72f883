import { describe, expect, it } from "vitest";
import {
  foldName,
  mapEvent,
  scoreGraph,
  type AnswerKey,
  type OutputEntity,
  type OutputEvent,
} from "../../../src/tools/eval-graph/score-graph.ts";

// Three reports, three happenings: A (already in the archive as ev-a), B, and P, which is only ever announced.
// Key pairs: r1→A, r2→A, r2→B, r3→B (4). Announced pairs: r1→B, r3→P (2).
const KEY: AnswerKey = {
  happenings: [
    { id: "A", date: "2020-07-01", action: "meeting", existing: "ev-a", planned: false },
    { id: "B", date: "2020-07-02", action: "signing", planned: false },
    { id: "P", date: "2020-07-05", action: "meeting", planned: true },
  ],
  reports: [
    { file: "r1.txt", states: ["A"], announces: ["B"] },
    { file: "r2.txt", states: ["A", "B"], announces: [] },
    { file: "r3.txt", states: ["B"], announces: ["P"] },
  ],
  names: [],
};

function event(id: string, date: string, files: (string | null)[], extra: Partial<OutputEvent> = {}): OutputEvent {
  return {
    id,
    date,
    status: "happened",
    action: null,
    preexisting: false,
    reports: files.map((file) => ({ file, announced: false })),
    ...extra,
  };
}

describe("scoreGraph: events", () => {
  const events: OutputEvent[] = [
    // The pre-existing event, mapped through `existing`: r1→A is right.
    event("ev-a", "2020-07-01", [null, "r1.txt"], { preexisting: true }),
    // B through r2's overlap: r2→B right, r1→B wrong and a plan shown as done (r1 only announces B).
    event("e2", "2020-07-02", ["r2.txt", "r1.txt"], { action: "signing" }),
    // B again: a duplicate; r3→B right.
    event("e3", "2020-07-02", ["r3.txt"], { action: "signing" }),
    // P, the planned happening, recorded as happened: one event and one pair (r3→P) shown as done.
    event("e4", "2020-07-05", ["r3.txt"], { action: "meeting" }),
    // No happening on 9 July: junk, and r2→(none) is a wrong pair.
    event("e5", "2020-07-09", ["r2.txt"]),
    // A planned event on B's day holding r1, which announces B: plan recall 1, no predicted pair, a second duplicate.
    event("e6", "2020-07-02", ["r1.txt"], { status: "planned" }),
  ];
  const score = scoreGraph(KEY, events, []);

  it("maps each event to a happening", () => {
    expect(score.mapping).toEqual({ "ev-a": "A", e2: "B", e3: "B", e4: "P", e5: null, e6: "B" });
  });

  it("counts pair precision and recall", () => {
    // Predicted: r1→A ✓, r2→B ✓, r1→B ✗, r3→B ✓, r3→P ✗, r2→(none) ✗ = 3/6; key pairs found 3/4 (r2→A missed).
    expect(score.pairs.precision).toEqual({ correct: 3, total: 6, value: 0.5 });
    expect(score.pairs.recall).toEqual({ correct: 3, total: 4, value: 0.75 });
    expect(score.missedPairs).toEqual(["r2.txt → A"]);
  });

  it("counts duplicates, junk and plans shown as done", () => {
    expect(score.duplicates).toBe(2);
    expect(score.junk).toBe(1);
    expect(score.plansAsDone).toEqual({ events: 1, pairs: 2, total: 3 });
  });

  it("counts plan recall over the announced pairs", () => {
    expect(score.planRecall).toEqual({ correct: 1, total: 2, value: 0.5 });
  });

  it("takes an announced report on a happened event as a plan, not as a pair", () => {
    const announced = event("e7", "2020-07-05", [], { reports: [{ file: "r3.txt", announced: true }] });
    const alone = scoreGraph(KEY, [announced], []);
    expect(alone.mapping).toEqual({ e7: "P" });
    expect(alone.pairs.precision).toEqual({ correct: 0, total: 0, value: null });
    expect(alone.pairs.recall).toEqual({ correct: 0, total: 4, value: 0 });
    expect(alone.planRecall).toEqual({ correct: 1, total: 2, value: 0.5 });
    // A happened event on a planned happening still counts as shown done.
    expect(alone.plansAsDone).toEqual({ events: 1, pairs: 0, total: 1 });
  });

  it("ignores events that hold no corpus report and map nowhere", () => {
    const untouched = scoreGraph(KEY, [event("old", "2020-06-01", [null], { preexisting: true })], []);
    expect(untouched.mapping).toEqual({});
    expect(untouched.junk).toBe(0);
  });
});

describe("mapEvent", () => {
  const twoOnOneDay: AnswerKey = {
    happenings: [
      { id: "talks", date: "2020-07-03", action: "meeting", planned: false },
      { id: "strike", date: "2020-07-03", action: "strike", planned: false },
    ],
    reports: [
      { file: "a.txt", states: ["talks"], announces: [] },
      { file: "b.txt", states: ["strike"], announces: [] },
      { file: "c.txt", states: ["talks", "strike"], announces: [] },
    ],
    names: [],
  };

  it("prefers the happening whose reports overlap most", () => {
    expect(mapEvent(event("x", "2020-07-03", ["b.txt", "c.txt"]), twoOnOneDay)).toBe("strike");
  });

  it("breaks a tie by the event's action", () => {
    expect(mapEvent(event("x", "2020-07-03", ["c.txt"], { action: "strike" }), twoOnOneDay)).toBe("strike");
    expect(mapEvent(event("x", "2020-07-03", ["c.txt"], { action: "meeting" }), twoOnOneDay)).toBe("talks");
  });

  it("maps nothing on another day, or with neither overlap nor action in common", () => {
    expect(mapEvent(event("x", "2020-07-04", ["a.txt"]), twoOnOneDay)).toBeNull();
    expect(mapEvent(event("x", "2020-07-03", ["z.txt"], { action: "flood" }), twoOnOneDay)).toBeNull();
  });
});

describe("scoreGraph: entities", () => {
  const key: AnswerKey = {
    happenings: [],
    reports: [],
    names: [
      { name: "Rini Hartono", type: "person", forms: ["Hartono"] },
      { name: "Lanshui", type: "place", forms: [] },
      { name: "SANA", type: "organization", forms: [] },
      { name: "Sao Paulo", type: "place", forms: [] },
    ],
  };
  const entity = (type: OutputEntity["type"], name: string, draft = true, aliases: string[] = []): OutputEntity => ({
    id: name.toLowerCase().replace(/\W+/g, "-"),
    type,
    name,
    aliases,
    draft,
  });
  const score = scoreGraph(
    key,
    [],
    [
      entity("person", "Rini  HARTONO"),
      entity("organization", "Lanshui"),
      entity("place", "Beirut"),
      entity("place", "São Paulo"),
      entity("person", "Bashar al-Assad", false, ["Assad"]),
    ],
  );

  it("finds names by folded name in the right collection", () => {
    expect(score.entities.recall).toEqual({ correct: 2, total: 4, value: 0.5 });
    expect(score.missedNames).toEqual(["Lanshui (place)", "SANA (organization)"]);
  });

  it("counts wrong types and spurious drafts", () => {
    expect(score.entities.wrongType).toBe(1);
    expect(score.entities.spurious).toBe(1);
    expect(score.spuriousNames).toEqual(["Beirut (place)"]);
    expect(score.entities.drafts).toBe(4);
  });

  it("folds case, diacritics and spacing", () => {
    expect(foldName("  São   PAULO ")).toBe("sao paulo");
  });
});
