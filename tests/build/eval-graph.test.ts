import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";

const REPO = path.resolve(import.meta.dirname, "../..");
const SMALL_KEY = "tests/fixtures/graph/small-key.yaml";

interface EvalJson {
  files: number;
  ingested: number;
  pairs: { precision: { value: number | null }; recall: { value: number | null } };
  duplicates: number;
  junk: number;
  plansAsDone: { events: number; pairs: number };
  entities: { recall: { value: number | null }; wrongType: number };
  groups: string[];
}

function evaluate(...args: string[]): EvalJson {
  const run = spawnSync(process.execPath, [path.join(REPO, "src/tools/eval-graph/run-eval.ts"), "--json", "--key", SMALL_KEY, ...args], {
    cwd: REPO,
    encoding: "utf8",
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as EvalJson;
}

describe("the graph the ingest grows, scored against the small answer key", { timeout: 120_000 }, () => {
  const inOrder = evaluate();

  it("ingests every report of the key", () => {
    expect(inOrder.ingested).toBe(inOrder.files);
    expect(inOrder.groups.length).toBeGreaterThanOrEqual(7);
  });

  it("puts each report on its happening with precision and recall of at least 0.95, no duplicate or junk events", () => {
    expect(inOrder.pairs.precision.value).toBeGreaterThanOrEqual(0.95);
    expect(inOrder.pairs.recall.value).toBeGreaterThanOrEqual(0.95);
    expect(inOrder.duplicates).toBe(0);
    expect(inOrder.junk).toBe(0);
  });

  it("never shows a plan as done, and proposes every new name with the right type", () => {
    expect(inOrder.plansAsDone).toMatchObject({ events: 0, pairs: 0 });
    expect(inOrder.entities.recall.value).toBe(1);
    expect(inOrder.entities.wrongType).toBe(0);
  });

  it.each([1, 7, 42])("gives the same events when the reports come in another order (seed %i)", (seed) => {
    expect(evaluate("--shuffle", String(seed)).groups).toEqual(inOrder.groups);
  });
});
