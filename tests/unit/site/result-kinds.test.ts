import { describe, expect, it } from "vitest";
import { orderByKind, resultKind } from "../../../src/site/search/result-kinds.ts";

const page = (type: string, url: string) => ({ url, filters: { type: [type] } });

describe("orderByKind", () => {
  it("puts reports first, then entity pages, then events, keeping the order within each kind", () => {
    const results = [
      page("Event", "/events/a/"),
      page("Person", "/people/bagheri/"),
      page("Article", "/articles/one/"),
      page("Event", "/events/b/"),
      page("Article", "/articles/two/"),
    ];
    expect(orderByKind(results, (result) => result.filters.type[0]!).map((result) => result.url)).toEqual([
      "/articles/one/",
      "/articles/two/",
      "/people/bagheri/",
      "/events/a/",
      "/events/b/",
    ]);
  });
});

describe("resultKind", () => {
  it("names an article a report and every other page by its type", () => {
    expect(resultKind(page("Article", "/articles/one/"))).toBe("Report");
    expect(resultKind(page("Organization", "/organizations/irib/"))).toBe("Organization");
    expect(resultKind({ filters: {} })).toBe("");
  });
});
