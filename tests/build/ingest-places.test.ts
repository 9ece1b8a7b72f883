import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { entityFileSchemas } from "../../src/ingest/content-schemas.ts";
import { createInputFolder, createTempArchive, onlyResult, runIngest, writeText, type TempArchive } from "../support/ingest.ts";
import { REPO_ROOT } from "../support/temp-site.ts";

const ALEPPO_REPORT = `date 2020-07-08 ALEPPO, Syria - Engineers reopened the city's main water station on Tuesday after weeks of repairs, the governor said.

Residents of the eastern districts had relied on tankers since June.
`;

let archive: TempArchive;
let inputs: ReturnType<typeof createInputFolder>;
beforeEach(() => {
  archive = createTempArchive();
  inputs = createInputFolder();
});
afterEach(() => {
  archive.remove();
  inputs.remove();
});

describe("coordinates of the new places a report names", { timeout: 60_000 }, () => {
  it("proposes a new city's coordinates from the gazetteer, for an editor to check", () => {
    const report = inputs.file("aleppo.txt");
    writeText(report, ALEPPO_REPORT);
    const result = onlyResult(runIngest(archive.root, ["--content", "content", "--json", report]));
    expect(result.ok).toBe(true);
    const file = archive.file("content/places/aleppo.yaml");
    const place = parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    expect(place).toMatchObject({ name: "Aleppo", kind: "city", country: "syria", coordinatesProposed: true, draft: true });
    expect(place.lat).toBeCloseTo(36.2, 1);
    expect(place.lon).toBeCloseTo(37.16, 1);
    expect(entityFileSchemas.places.safeParse(place).success).toBe(true);
    expect(result.drafts.find((draft) => draft.id === "aleppo")?.coordinates).toEqual({ lat: 36.20124, lon: 37.16117, geonames: 170063 });
  });

  it("says in its output that it proposed them", () => {
    const report = inputs.file("aleppo.txt");
    writeText(report, ALEPPO_REPORT);
    const run = runIngest(archive.root, ["--content", "content", report]);
    expect(run.stdout).toContain("    coordinates: aleppo proposed 36.20124, 37.16117 (GeoNames 170063; check them, then review accept)\n");
  });

  it("takes the proposed coordinates as checked when an editor accepts the place", () => {
    const report = inputs.file("aleppo.txt");
    writeText(report, ALEPPO_REPORT);
    runIngest(archive.root, ["--content", "content", report]);
    const run = spawnSync(
      process.execPath,
      [path.join(REPO_ROOT, "src/ingest/review/review-cli.ts"), "--content", "content", "accept", "place:aleppo"],
      {
        cwd: archive.root,
        encoding: "utf8",
      },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("and its proposed coordinates (coordinatesProposed removed)");
    const place = parse(readFileSync(archive.file("content/places/aleppo.yaml"), "utf8")) as Record<string, unknown>;
    expect(place).toMatchObject({ lat: 36.20124, lon: 37.16117 });
    expect(place).not.toHaveProperty("coordinatesProposed");
    expect(place).not.toHaveProperty("draft");
  });

  it("leaves a place already in the archive as it is", () => {
    const before = readFileSync(archive.file("content/places/damascus.yaml"), "utf8");
    const report = inputs.file("damascus.txt");
    writeText(report, ALEPPO_REPORT.replace("ALEPPO", "DAMASCUS"));
    expect(onlyResult(runIngest(archive.root, ["--content", "content", "--json", report])).ok).toBe(true);
    expect(readFileSync(archive.file("content/places/damascus.yaml"), "utf8")).toBe(before);
    expect(existsSync(archive.file("content/places/aleppo.yaml"))).toBe(false);
  });
});
