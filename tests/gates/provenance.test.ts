import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILDS } from "../support/built-site.ts";
import { REPO_ROOT } from "../support/temp-site.ts";

const VERIFY = path.join(REPO_ROOT, "src/ingest/verify/verify-cli.ts");
const verify = (args: string[]) => spawnSync(process.execPath, [VERIFY, ...args], { cwd: REPO_ROOT, encoding: "utf8" });

describe.each(BUILDS)("the provenance of $dir", ({ dir }) => {
  it("recomputes, from the originals the site serves, every hash /data/provenance.json gives", () => {
    const run = verify(["--site", dir]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/0 mismatches\.\n$/);
    // The fixture build holds a web capture: its reports are recomputed, not only listed.
    if (dir === "dist-fixtures") expect(Number(/: (\d+) reports? recomputed/.exec(run.stdout)?.[1])).toBeGreaterThanOrEqual(3);
  }, 60_000);
});

describe("the provenance of the archive", () => {
  it("verifies content/ and the fixture archive from their stored originals", () => {
    for (const content of ["content", ".cache/fixture-archive/content"]) {
      const run = verify(["--content", content]);
      expect(run.status, run.stdout + run.stderr).toBe(0);
    }
  }, 60_000);
});
