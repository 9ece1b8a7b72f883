import { defineHastPlugin } from "satteri";
import type { Element, ElementContent } from "hast";
import { paragraphId } from "../../archive/paragraphs.ts";
import { SITE_LANGUAGE } from "../../archive/languages.ts";

/**
 * The visible ¶ link a paragraph carries to its own permalink; hidden from the search index. The attribute has
 * Pagefind's default mode spelled out, so an article renders byte for byte alike as Markdown and as MDX.
 */
export function paragraphPermalink(paragraph: number): Element {
  const text = (value: string): ElementContent => ({ type: "text", value });
  return {
    type: "element",
    tagName: "a",
    // The link's words are the site's, whatever the language of the paragraph it numbers.
    properties: { href: `#${paragraphId(paragraph)}`, className: ["paragraph-link"], dataPagefindIgnore: "index", lang: SITE_LANGUAGE },
    children: [
      { type: "element", tagName: "span", properties: { ariaHidden: "true" }, children: [text("¶")] },
      { type: "element", tagName: "span", properties: { className: ["visually-hidden"] }, children: [text("Paragraph ")] },
      text(String(paragraph)),
    ],
  };
}

const COUNTER = "dossierParagraphCount";

/**
 * Numbers the top-level paragraphs of an article body: each gets `id="p-N"`, a visible permalink, and a
 * `data-pagefind-title` so that search results can deep-link to the paragraph that matched.
 * Only top-level paragraphs count, so the numbering matches `splitParagraphs` on the MDX source.
 */
export const paragraphAnchors = defineHastPlugin({
  name: "dossier-paragraph-anchors",
  before(_root, ctx) {
    ctx.data[COUNTER] = 0;
  },
  element: {
    filter: ["p"],
    visit(node, ctx) {
      if (ctx.parent(node)?.type !== "root") return;
      const paragraph = (ctx.data[COUNTER] as number) + 1;
      ctx.data[COUNTER] = paragraph;
      ctx.setProperty(node, "id", paragraphId(paragraph));
      ctx.setProperty(node, "dataPagefindTitle", `Paragraph ${paragraph}`);
      ctx.prependChild(node, [paragraphPermalink(paragraph), { type: "text", value: " " }]);
    },
  },
});
