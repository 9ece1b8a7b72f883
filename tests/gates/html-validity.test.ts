import path from "node:path";
import { HtmlValidate } from "html-validate";
import { describe, expect, it } from "vitest";
import { BUILDS, readBuiltSite } from "../support/built-site.ts";

const validator = new HtmlValidate({ extends: ["html-validate:standard"] });

describe.each(BUILDS)("the HTML of every page of $dir", ({ dir, base }) => {
  it("passes html-validate's standard preset with 0 errors", async () => {
    const site = readBuiltSite(dir, base);
    expect(site.pages.size).toBeGreaterThan(3);
    const errors: string[] = [];
    for (const [page, html] of site.pages) {
      const report = await validator.validateString(html, path.join(dir, page));
      for (const result of report.results) {
        for (const message of result.messages)
          errors.push(`${dir}/${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  }, 120_000);
});
