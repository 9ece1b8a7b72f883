import { readFileSync, writeFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { buildSite, createTempSite, type TempSite } from "../support/temp-site.ts";

const ARRIVAL = "content/events/2020-07-07-bagheri-arrives-in-damascus.yaml";
let site: TempSite | undefined;

afterEach(() => site?.remove());

function edit(relative: string, from: string | RegExp, to: string) {
  const file = site!.file(relative);
  const text = readFileSync(file, "utf8");
  const changed = text.replace(from, to);
  expect(changed, `${relative} should contain ${String(from)}`).not.toBe(text);
  writeFileSync(file, changed);
}

describe("a build of an archive with a mistake fails and says how to fix it", () => {
  it("stops on an event stated 'on Tuesday' but dated 2020-07-08, naming the file, the field and the fix", () => {
    site = createTempSite();
    edit(ARRIVAL, "date: 2020-07-07", "date: 2020-07-08");
    const { status, output } = buildSite(site);
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${ARRIVAL}: date: 2020-07-08 is a Wednesday, but reports[0] states it "on Tuesday" (paragraph 14 of "syrian-president-says-tehran-damascus-military-agreement-is-result", published Friday 2020-07-10). Fix: set date to 2020-07-07, the Tuesday before publication, or correct reports[0].phrase.`,
    );
  }, 120_000);

  it("stops on an impossible publication date instead of rolling it over to another day", () => {
    site = createTempSite();
    const article = "content/articles/2020/syrian-president-says-tehran-damascus-military-agreement-is-result.mdx";
    edit(article, "published: 2020-07-10", "published: 2020-02-30");
    const { status, output } = buildSite(site);
    expect(status).not.toBe(0);
    expect(output).toContain(
      `${article}: published: "2020-02-30" is not a real calendar date. Fix: write a day that exists as YYYY-MM-DD, e.g. 2020-07-10.`,
    );
  }, 120_000);

  it("stops on a frontmatter field of the wrong type, naming the file, the field and the fix", () => {
    site = createTempSite();
    const article = "content/articles/2020/syrian-president-says-tehran-damascus-military-agreement-is-result.mdx";
    edit(article, "  sha256: ee13", "  sha256: EE13");
    const { status, output } = buildSite(site);
    expect(status).not.toBe(0);
    expect(output).toContain("syrian-president-says-tehran-damascus-military-agreement-is-result");
    expect(output).toContain("source.sha256");
    expect(output).toContain("source.sha256 must be 64 lowercase hex digits (run `sha256sum` on the raw file)");
  }, 120_000);
});
