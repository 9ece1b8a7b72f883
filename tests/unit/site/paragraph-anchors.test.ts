import { describe, expect, it } from "vitest";
import { markdownToHtml } from "satteri";
import { splitParagraphs } from "../../../src/archive/paragraphs.ts";
import { paragraphAnchors, paragraphAnchorsAsElements } from "../../../src/site/body/paragraph-anchors.ts";

describe("splitParagraphs", () => {
  it("splits on blank lines, whatever the line ends, and drops empty blocks", () => {
    expect(splitParagraphs("One.\r\n\r\nTwo\nstill two.\n  \n\nThree.\n")).toEqual(["One.", "Two\nstill two.", "Three."]);
  });
});

describe("paragraphAnchors", () => {
  const render = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [paragraphAnchors] }).html;

  it("anchors each top-level paragraph as p-N with a ¶ permalink and a search title", () => {
    const html = render("Bagheri visited Damascus.\n\nThe agreement was signed.");
    expect(html).toContain(
      '<p id="p-1" data-pagefind-title="Paragraph 1"><a href="#p-1" class="paragraph-link" data-pagefind-ignore="index" lang="en">',
    );
    expect(html).toContain('<p id="p-2" data-pagefind-title="Paragraph 2"><a href="#p-2"');
    expect(html).toContain('<span class="visually-hidden">Paragraph </span>2</a> The agreement was signed.</p>');
  });

  it("numbers paragraphs the way splitParagraphs counts them, skipping nested ones", () => {
    const source = "First.\n\n> Quoted.\n\nSecond.";
    const html = render(source);
    expect(html).toContain('id="p-2"');
    expect(html).not.toContain('id="p-3"');
    expect(html).toMatch(/<blockquote>\s*<p>Quoted\.<\/p>/);
  });

  it("restarts the numbering for every document", () => {
    render("One.\n\nTwo.");
    expect(render("Only.")).toContain('id="p-1"');
  });

  it("writes a Markdown body's permalinks (raw HTML) byte for byte as MDX's (elements) are written", () => {
    const asElements = (markdown: string) => markdownToHtml(markdown, { hastPlugins: [paragraphAnchorsAsElements] }).html;
    const bodies = [
      "Bagheri visited Damascus.",
      Array.from({ length: 120 }, (_, i) => `Paragraph ${i + 1} of a long report, with "quotes" & an ampersand.`).join("\n\n"),
      "First.\n\n> Quoted.\n\n- a list\n\n  with a paragraph\n\nLast, in Persian: روز سه‌شنبه.",
    ];
    for (const body of bodies) {
      const html = render(body);
      expect(html).toBe(asElements(body));
      expect(html).toContain(
        '<a href="#p-1" class="paragraph-link" data-pagefind-ignore="index" lang="en"><span aria-hidden="true">¶</span>',
      );
    }
  });
});
