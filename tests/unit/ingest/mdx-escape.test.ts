import { readFileSync } from "node:fs";
import { evaluate, mdxToHast, type Features, type HastNode } from "satteri";
import { describe, expect, it } from "vitest";
import { escapeMdxParagraph, unescapeMdxParagraph } from "../../../src/ingest/mdx-escape.ts";
import { parseRawReport } from "../../../src/ingest/raw-report/parse-raw-report.ts";
import { SEED_FILE } from "../../support/seed.ts";
import { HOSTILE_FRAGMENTS, hostileParagraph, seededRandom } from "../../support/hostile-text.ts";

/** What Astro's MDX integration (through @astrojs/markdown-satteri) compiles with by default. */
const ASTRO_DEFAULT_FEATURES: Features = { gfm: true, smartPunctuation: true };
/** Every optional Sätteri extension too, in case the site turns one on later. */
const EVERY_FEATURE: Features = {
  ...ASTRO_DEFAULT_FEATURES,
  frontmatter: true,
  math: true,
  headingAttributes: true,
  directive: true,
  superscript: true,
  subscript: true,
  wikilinks: true,
  definitionList: true,
};

interface Rendering {
  /** Top-level nodes, by tag name or node type, ignoring whitespace between blocks. */
  blocks: string[];
  /** Everything inside the blocks that is neither text nor the empty expression `{}`. */
  inlineSyntax: string[];
  text: string;
}

function render(mdx: string, features: Features = ASTRO_DEFAULT_FEATURES): Rendering {
  const root = mdxToHast(mdx, { features, position: false });
  const rendering: Rendering = { blocks: [], inlineSyntax: [], text: "" };
  const topLevel = root.type === "root" ? root.children : [];
  for (const block of topLevel) {
    if (block.type === "text" && block.value.trim() === "") continue;
    rendering.blocks.push(block.type === "element" ? block.tagName : block.type);
    if (block.type === "element") block.children.forEach((child) => collectInline(child, rendering));
  }
  return rendering;
}

function collectInline(node: HastNode, rendering: Rendering): void {
  if (node.type === "text") {
    rendering.text += node.value;
    return;
  }
  if (node.type === "mdxTextExpression" && node.value === "") return;
  rendering.inlineSyntax.push(node.type === "element" ? node.tagName : node.type);
  if ("children" in node) node.children.forEach((child) => collectInline(child, rendering));
}

function expectRendersLiterally(original: string, features: Features = ASTRO_DEFAULT_FEATURES): void {
  expect(render(escapeMdxParagraph(original), features)).toEqual({ blocks: ["p"], inlineSyntax: [], text: original });
}

describe("escapeMdxParagraph", () => {
  it.each([
    ["JSX braces", "{process.exit(1)}", "&#123;process.exit(1)&#125;"],
    ["a script tag", "<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ["an HTML element with an event handler", "<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)&gt;"],
    ["an HTML comment", "<!-- c -->", "&lt;!\\-\\- c \\-\\-&gt;"],
    ["an ESM import line", 'import fs from "node:fs"', '&#105;mport fs from \\"node\\:fs\\"'],
    ["an ESM export line", "export const x = 1", "&#101;xport const x = 1"],
    ["a word that merely starts with import", "imports rose", "imports rose"],
    ["an ATX heading", "# Not a heading", "\\# Not a heading"],
    ["a block quote", "> not a quote", "&gt; not a quote"],
    ["a dash list item", "- not a list", "\\- not a list"],
    ["a star list item", "* not a list", "\\* not a list"],
    ["a plus list item", "+ not a list", "\\+ not a list"],
    ["an ordered list item with a dot", "1. not a list", "1\\. not a list"],
    ["an ordered list item with a parenthesis", "2020) not a list", "2020\\) not a list"],
    ["a dash thematic break", "---", "\\-\\-\\-"],
    ["a star thematic break", "***", "\\*\\*\\*"],
    ["an underscore thematic break", "___", "\\_\\_\\_"],
    ["an equals setext underline", "Title\n===", "Title\n\\==="],
    ["a dash setext underline", "Title\n---", "Title\n\\-\\-\\-"],
    ["backslashes", "C:\\path\\", "C:\\\\path\\\\"],
    ["emphasis", "*bold* and _italic_", "\\*bold\\* and \\_italic\\_"],
    ["inline code", "`code`", "\\`code\\`"],
    ["link syntax", "[IRNA](/irna)", "\\[IRNA\\](/irna)"],
    ["a character reference", "&amp; &#123;", "\\&amp; \\&#123;"],
    ["a table row", "a | b", "a \\| b"],
    ["indented code", "    code", "{}    code"],
    ["trailing spaces that would be a hard break", "two spaces  \nnext", "two spaces  {}\nnext"],
    ["a line of only spaces", "a\n   \nb", "a\n{}   {}\nb"],
    ["strikethrough, superscript and math", "~x~ ^y^ $z$", "\\~x\\~ \\^y\\^ \\$z\\$"],
    ["directive colons but not a plain colon", "Note:this at 10:30 : ok", "Note\\:this at 10\\:30 : ok"],
    ["straight quotes, dashes and ellipses", `"Yes" -- it's... fine`, `\\"Yes\\" \\-\\- it\\'s\\.\\.\\. fine`],
    ["bare URLs and e-mail addresses", "www.irna.ir https://sana.sy press@irna.ir", "www{}.irna.ir https{}://sana.sy press{}@irna.ir"],
    ["Persian with a zero-width non-joiner", "می‌خواهیم «دمشق»", "می‌خواهیم «دمشق»"],
    ["curly quotes", "“Yes,” he said, ‘no’", "“Yes,” he said, ‘no’"],
  ])("writes %s so that MDX shows it literally", (_syntax, original, escaped) => {
    expect(escapeMdxParagraph(original)).toBe(escaped);
    expect(unescapeMdxParagraph(escaped)).toBe(original);
    expectRendersLiterally(original);
    expectRendersLiterally(original, EVERY_FEATURE);
  });

  it("renders every paragraph of the real seed report literally", () => {
    const seed = readFileSync(SEED_FILE);
    const { paragraphs } = parseRawReport(seed, "000_9d56d482255bdcbe.txt");
    const body = paragraphs.map(escapeMdxParagraph).join("\n\n");
    const rendering = render(body);
    expect(rendering.blocks).toEqual(paragraphs.map(() => "p"));
    expect(rendering.inlineSyntax).toEqual([]);
    expect(rendering.text).toBe(paragraphs.join(""));
  });

  it("runs none of a hostile paragraph as code when the MDX is evaluated", () => {
    const hostile = [
      'import fs from "node:fs"',
      "export const x = 1",
      "<script>alert(1)</script> {process.exit(1)} <!-- c --> <img src=x onerror=alert(1)>",
    ].join("\n");
    const compiled = evaluate(escapeMdxParagraph(hostile), {
      Fragment: "Fragment",
      jsx: recordElement,
      jsxs: recordElement,
      features: ASTRO_DEFAULT_FEATURES,
    });
    if (compiled instanceof Promise) throw new Error("expected synchronous evaluation without async plugins");
    const { default: content, ...exports } = compiled;
    expect(exports).toEqual({});
    if (typeof content !== "function") throw new Error("the compiled MDX has no default component");
    const rendered: unknown = content({});
    expect(elementTypes(rendered)).toEqual(["p"]);
    expect(textOf(rendered)).toBe(hostile);
  });

  it("refuses text that cannot stay one paragraph, saying how to fix it", () => {
    expect(() => escapeMdxParagraph("")).toThrow(
      'escapeMdxParagraph: the text "" is blank or has an empty line, which would end the paragraph; split it into separate paragraphs first',
    );
    expect(() => escapeMdxParagraph(" \t ")).toThrow(
      'escapeMdxParagraph: the text " \\t " is blank or has an empty line, which would end the paragraph; split it into separate paragraphs first',
    );
    expect(() => escapeMdxParagraph("one\n\ntwo")).toThrow(
      'escapeMdxParagraph: the text "one\\n\\ntwo" is blank or has an empty line, which would end the paragraph; split it into separate paragraphs first',
    );
    expect(() => escapeMdxParagraph("a\0b")).toThrow(
      "escapeMdxParagraph: the text contains a NUL character, which Markdown replaces with U+FFFD; remove it before writing the MDX",
    );
    expect(() => escapeMdxParagraph("a\r\nb")).toThrow(
      'escapeMdxParagraph: the text contains a carriage return, which Markdown reads as a line end; normalise line ends to "\\n" first (parseRawReport does)',
    );
  });
});

describe("unescapeMdxParagraph", () => {
  it("refuses escaped text that escapeMdxParagraph could not have written", () => {
    expect(() => unescapeMdxParagraph("a\\b")).toThrow(
      'unescapeMdxParagraph: the "\\" at index 1 is not followed by ASCII punctuation, which escapeMdxParagraph never writes; a literal backslash is written "\\\\"',
    );
    expect(() => unescapeMdxParagraph("{x}")).toThrow(
      'unescapeMdxParagraph: the "{" at index 0 opens an MDX expression other than "{}", which escapeMdxParagraph never writes; a literal "{" is written "&#123;"',
    );
    expect(() => unescapeMdxParagraph("AT&T")).toThrow(
      'unescapeMdxParagraph: the "&" at index 2 does not start a character reference; escapeMdxParagraph writes a literal "&" as "\\&"',
    );
  });
});

describe("escapeMdxParagraph over generated hostile text", () => {
  it.each([
    ["Astro's default MDX features", ASTRO_DEFAULT_FEATURES, 1500],
    ["every optional Sätteri feature", EVERY_FEATURE, 500],
  ] as const)("round-trips and renders literally with %s", (_name, features, count) => {
    const random = seededRandom(20200710);
    for (let sample = 0; sample < count; sample++) {
      const original = hostileParagraph(HOSTILE_FRAGMENTS, random);
      const escaped = escapeMdxParagraph(original);
      expect(unescapeMdxParagraph(escaped), JSON.stringify(original)).toBe(original);
      expect(render(escaped, features), JSON.stringify(original)).toEqual({ blocks: ["p"], inlineSyntax: [], text: original });
    }
  });
});

interface RecordedElement {
  type: unknown;
  props: { children?: unknown };
}

function recordElement(type: unknown, props: unknown): RecordedElement {
  const children = typeof props === "object" && props !== null && "children" in props ? props.children : undefined;
  return { type, props: { children } };
}

function isRecordedElement(value: unknown): value is RecordedElement {
  return typeof value === "object" && value !== null && "type" in value && "props" in value;
}

function elementTypes(rendered: unknown): unknown[] {
  if (Array.isArray(rendered)) return rendered.flatMap(elementTypes);
  if (!isRecordedElement(rendered)) return [];
  return [rendered.type, ...elementTypes(rendered.props.children)];
}

function textOf(rendered: unknown): string {
  if (typeof rendered === "string") return rendered;
  if (Array.isArray(rendered)) return rendered.map(textOf).join("");
  return isRecordedElement(rendered) ? textOf(rendered.props.children) : "";
}
