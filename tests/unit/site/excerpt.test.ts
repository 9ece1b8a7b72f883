import { describe, expect, it } from "vitest";
import { parseExcerpt } from "../../../src/site/search/excerpt.ts";

describe("parseExcerpt", () => {
  it("splits a Pagefind excerpt into plain and marked runs", () => {
    expect(parseExcerpt("General <mark>Ayyoub</mark>, for his part")).toEqual([
      { text: "General ", marked: false },
      { text: "Ayyoub", marked: true },
      { text: ", for his part", marked: false },
    ]);
  });

  it("decodes entities to text, so archived markup is shown literally and never parsed", () => {
    expect(parseExcerpt("&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>&lt;b&gt;</mark> &#123;x&#x7D;")).toEqual([
      { text: "<script>alert(1)</script> & ", marked: false },
      { text: "<b>", marked: true },
      { text: " {x}", marked: false },
    ]);
  });

  it("leaves an unknown entity as written", () => {
    expect(parseExcerpt("a &bogus; b")).toEqual([{ text: "a &bogus; b", marked: false }]);
  });
});
