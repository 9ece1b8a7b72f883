import { defineHastPlugin, type HastContent, type PluginFactoryContext } from "satteri";
import type { Element, ElementContent } from "hast";
import { paragraphId } from "../../archive/paragraphs.ts";
import { SITE_LANGUAGE } from "../../archive/languages.ts";
import { element, text, type Attributes } from "../markup.ts";

/**
 * The visible ¶ link a paragraph carries to its own permalink; hidden from the search index. The attribute has
 * Pagefind's default mode spelled out, so an article renders byte for byte alike as Markdown and as MDX.
 */
export function paragraphPermalink(paragraph: number): Element {
  const words = (value: string): ElementContent => ({ type: "text", value });
  return {
    type: "element",
    tagName: "a",
    // The link's words are the site's, whatever the language of the paragraph it numbers.
    properties: { href: `#${paragraphId(paragraph)}`, className: ["paragraph-link"], dataPagefindIgnore: "index", lang: SITE_LANGUAGE },
    children: [
      { type: "element", tagName: "span", properties: { ariaHidden: "true" }, children: [words("¶")] },
      { type: "element", tagName: "span", properties: { className: ["visually-hidden"] }, children: [words("Paragraph ")] },
      words(String(paragraph)),
    ],
  };
}

/** An attribute's name as HTML writes it: `className` is `class`, `dataPagefindIgnore` is `data-pagefind-ignore`. */
const attributeName = (property: string) => (property === "className" ? "class" : property.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

/** The permalink's element as HTML, written as Sätteri writes it (a test holds the two to the same bytes). */
function html(node: ElementContent): string {
  if (node.type === "text") return text(node.value);
  if (node.type !== "element") return "";
  const attributes: Attributes = {};
  for (const [name, value] of Object.entries(node.properties)) {
    attributes[attributeName(name)] = Array.isArray(value) ? value.join(" ") : String(value);
  }
  return element(node.tagName, attributes, ...node.children.map(html));
}

const permalinks = new Map<number, string>();
/** The permalink and the space after it, as raw HTML, made once per paragraph number. */
function permalinkHtml(paragraph: number): string {
  let written = permalinks.get(paragraph);
  if (written === undefined) permalinks.set(paragraph, (written = `${html(paragraphPermalink(paragraph))} `));
  return written;
}

const COUNTER = "dossierParagraphCount";

/** Numbers a top-level paragraph, putting its permalink first in it with `permalink`, or leaves a nested one alone. */
function numberParagraphs(name: string, permalink: (paragraph: number) => HastContent[]) {
  return defineHastPlugin({
    name,
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
        ctx.prependChild(node, permalink(paragraph));
      },
    },
  });
}

/** The permalink as element and text nodes: what MDX takes (it compiles to JSX, which has no raw HTML). */
export const paragraphAnchorsAsElements = numberParagraphs("dossier-paragraph-anchors", (paragraph) => [
  paragraphPermalink(paragraph),
  { type: "text", value: " " },
]);

/**
 * The permalink as one raw HTML node, for a Markdown body: Sätteri takes one node rather than five, and numbering
 * the paragraphs was most of what rendering a report's body cost a build.
 */
const paragraphAnchorsAsHtml = numberParagraphs("dossier-paragraph-anchors", (paragraph) => [
  { type: "raw", value: permalinkHtml(paragraph) },
]);

/**
 * Numbers the top-level paragraphs of an article body: each gets `id="p-N"`, a visible permalink, and a
 * `data-pagefind-title` so that search results can deep-link to the paragraph that matched.
 * Only top-level paragraphs count, so the numbering matches `splitParagraphs` on the MDX source. A Markdown body and
 * an MDX body render to the same bytes.
 */
export const paragraphAnchors = ({ sourceFormat }: PluginFactoryContext) =>
  sourceFormat === "mdx" ? paragraphAnchorsAsElements : paragraphAnchorsAsHtml;
