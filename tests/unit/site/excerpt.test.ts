import { describe, expect, it } from "vitest";
import { parseExcerpt, rankSubResults } from "../../../src/site/search/excerpt.ts";

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

describe("rankSubResults", () => {
  it("puts first the paragraphs that mark the most different words of the query, in page order otherwise", () => {
    const subs = [
      { title: "Paragraph 1", excerpt: "fighting <mark>terrorism</mark>" },
      { title: "Paragraph 7", excerpt: "the <mark>Takfiri</mark> <mark>terrorism</mark>" },
      { title: "Paragraph 2", excerpt: "<mark>terrorism</mark> and <mark>Terrorism</mark>" },
    ];
    expect(rankSubResults(subs).map((sub) => sub.title)).toEqual(["Paragraph 7", "Paragraph 1", "Paragraph 2"]);
  });
});
