import { describe, expect, it } from "vitest";
import { mdxBody, splitMdxSource } from "../../../src/archive/mdx-source.ts";

describe("mdxBody", () => {
  it("is the text after the frontmatter, trimmed, as Astro's MDX integration gives it", () => {
    expect(mdxBody("---\ntitle: A\npublished: 2020-07-10\n---\n\nFirst.\n\nSecond.\n")).toBe("First.\n\nSecond.");
    expect(mdxBody("\uFEFF---\ntitle: A\n---\nText")).toBe("Text");
    expect(mdxBody("\n\n---\ntitle: A\n---\n\nText\n")).toBe("Text");
    expect(mdxBody("+++\ntitle = 'A'\n+++\n\nText")).toBe("Text");
  });

  it("leaves a file without frontmatter whole, and a later --- line in the body", () => {
    expect(mdxBody("Text.\n\n---\n\nMore.\n")).toBe("Text.\n\n---\n\nMore.");
    expect(mdxBody("---\ntitle: A\n---\n\nOne.\n\n---\n\nTwo.")).toBe("One.\n\n---\n\nTwo.");
  });
});

describe("splitMdxSource", () => {
  it("gives the fence and the text between the fences", () => {
    expect(splitMdxSource("---\ntitle: A\n---\n\nText.\n")).toEqual({ fence: "---", frontmatter: "\ntitle: A\n", body: "Text." });
    expect(splitMdxSource("+++\ntitle = 'A'\n+++\nText")).toEqual({ fence: "+++", frontmatter: "\ntitle = 'A'\n", body: "Text" });
    expect(splitMdxSource("---\r\ntitle: A\r\n---\r\n\r\nText.\r\n")).toEqual({
      fence: "---",
      frontmatter: "\r\ntitle: A\r\n",
      body: "Text.",
    });
  });

  it("finds no frontmatter in a file without one, or with mismatched fences", () => {
    expect(splitMdxSource("Text.\n")).toEqual({ frontmatter: "", body: "Text." });
    expect(splitMdxSource("---\ntitle: A\n+++\nText")).toEqual({ frontmatter: "", body: "---\ntitle: A\n+++\nText" });
  });
});
