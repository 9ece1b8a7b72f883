import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, createTempSite, type TempSite } from "../support/temp-site.ts";

function fingerprint(dist: string): Record<string, string> {
  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dist, path.join(entry.parentPath, entry.name)))
    .sort();
  return Object.fromEntries(
    files.map((file) => [
      file,
      createHash("sha256")
        .update(readFileSync(path.join(dist, file)))
        .digest("hex"),
    ]),
  );
}

const sites: TempSite[] = [];
afterAll(() => sites.forEach((site) => site.remove()));

describe("builds are reproducible", () => {
  it("gives byte-identical output for two clean builds of the same content in different folders", () => {
    const prints = [0, 1].map(() => {
      const site = createTempSite();
      sites.push(site);
      const { status, output } = buildSite(site);
      expect(status, output.slice(-2000)).toBe(0);
      return fingerprint(site.file("dist"));
    });
    expect(Object.keys(prints[0]!).length).toBeGreaterThan(10);
    const differing = Object.keys(prints[0]!).filter((file) => prints[0]![file] !== prints[1]![file]);
    expect(Object.keys(prints[1]!)).toEqual(Object.keys(prints[0]!));
    expect(differing).toEqual([]);
  }, 180_000);
});
