import { describe, expect, it } from "vitest";
import { pageSegment, paginate } from "../../../src/site/paging.ts";

describe("paginate", () => {
  it("splits a list into numbered pages of at most the given size", () => {
    const pages = paginate([1, 2, 3, 4, 5], 2);
    expect(pages).toEqual([
      { number: 1, items: [1, 2] },
      { number: 2, items: [3, 4] },
      { number: 3, items: [5] },
    ]);
  });

  it("gives an empty list one empty page, so the index page still exists", () => {
    expect(paginate([], 100)).toEqual([{ number: 1, items: [] }]);
  });

  it("keeps a list that fits on one page whole", () => {
    expect(paginate(["a", "b"], 100)).toEqual([{ number: 1, items: ["a", "b"] }]);
  });

  it("refuses a page size that would never end", () => {
    expect(() => paginate([1], 0)).toThrow(/at least 1/);
  });
});

describe("pageSegment", () => {
  it("leaves the first page at the index address and puts later pages under page/N", () => {
    expect(pageSegment(1)).toBeUndefined();
    expect(pageSegment(2)).toBe("page/2");
    expect(pageSegment(12)).toBe("page/12");
  });
});
