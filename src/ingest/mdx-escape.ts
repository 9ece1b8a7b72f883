/**
 * Escaping plain report text for an `.mdx` body.
 *
 * Astro's MDX integration compiles with Sätteri (GFM and smart punctuation on by default), where a
 * paragraph of wire text could turn into JSX (`{…}`, `<…>`), ESM (`import …`), headings, lists,
 * code, tables, emphasis, links, curly quotes or dashes. `escapeMdxParagraph` writes the text so
 * that it renders as exactly one paragraph whose text is the original, character for character.
 *
 * The rules, kept few so the output stays readable and the inverse stays exact:
 * 1. `{` `}` `<` `>` become `&#123;` `&#125;` `&lt;` `&gt;`: a character reference is never read
 *    as JSX, whereas a backslash before them is not portable across MDX implementations.
 * 2. `\` `` ` `` `*` `_` `[` `]` `~` `|` `^` `$` `&` `"` `'` get a backslash everywhere: they open
 *    inline syntax (code, emphasis, links, footnotes, strikethrough, tables, math, references) or
 *    are rewritten by smart punctuation.
 * 3. `-` and `.` get a backslash when they stand in a run of two or more, which smart punctuation
 *    would turn into dashes and ellipses (this also covers `---` breaks and `<!--` comments), and
 *    `:` does before a letter or digit, where the directive extension reads `:name` (even `10:30`).
 * 4. At the start of every line: ASCII punctuation gets a backslash (headings, lists, block quotes,
 *    thematic breaks, setext underlines, definitions), digits followed by `.` or `)` get that mark
 *    escaped (ordered lists), and the keyword `import` or `export` has its first letter written as
 *    a character reference (MDX would read the line as an ES module statement).
 * 5. The empty MDX expression `{}`, which renders nothing, is put where text must be cut in two:
 *    on each side of a line that starts or ends with spaces or tabs (Sätteri strips that
 *    whitespace, and four leading spaces would be code), and inside the triggers of GFM
 *    autolinks, `www{}.`, `{}://` and `{}@`: Sätteri finds bare URLs after resolving escapes,
 *    and takes a link's text from the escaped source, so only a cut stops it.
 */

const REFERENCE: Readonly<Record<string, string>> = {
  "{": "&#123;",
  "}": "&#125;",
  "<": "&lt;",
  ">": "&gt;",
};
const ALWAYS_BACKSLASHED = new Set("\\`*_[]~|^$&\"'");
const BACKSLASHED_IN_RUNS = new Set("-.");
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]$/;
const ESM_KEYWORD = /^(?:import|export)(?![\p{L}\p{N}_$])/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const ORDERED_LIST_MARKER = /^\d+[.)]/;
const EMPTY_EXPRESSION = "{}";

/** One paragraph of plain text (no empty line, no CR) as MDX source that renders it literally. */
export function escapeMdxParagraph(text: string): string {
  assertIsOneParagraph(text);
  return text.split("\n").map(escapeLine).join("\n");
}

/** The exact inverse of {@link escapeMdxParagraph}; throws on text it could not have produced. */
export function unescapeMdxParagraph(text: string): string {
  let plain = "";
  let index = 0;
  while (index < text.length) {
    const [char, consumed] = readEscaped(text, index);
    plain += char;
    index += consumed;
  }
  return plain;
}

function readEscaped(text: string, index: number): [char: string, consumed: number] {
  const char = text.charAt(index);
  if (char === "\\") {
    const escaped = text.charAt(index + 1);
    if (!ASCII_PUNCTUATION.test(escaped)) {
      throw new Error(
        `unescapeMdxParagraph: the "\\" at index ${index} is not followed by ASCII punctuation, which escapeMdxParagraph never writes; a literal backslash is written "\\\\"`,
      );
    }
    return [escaped, 2];
  }
  if (char === "{") {
    if (text.charAt(index + 1) !== "}") {
      throw new Error(
        `unescapeMdxParagraph: the "{" at index ${index} opens an MDX expression other than "{}", which escapeMdxParagraph never writes; a literal "{" is written "&#123;"`,
      );
    }
    return ["", 2];
  }
  if (char === "&") {
    const reference = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|(lt|gt));/.exec(text.slice(index, index + 11));
    if (!reference) {
      throw new Error(
        `unescapeMdxParagraph: the "&" at index ${index} does not start a character reference; escapeMdxParagraph writes a literal "&" as "\\&"`,
      );
    }
    const [whole, decimal, hex, named] = reference;
    return [decodeReference(decimal, hex, named), whole.length];
  }
  return [char, 1];
}

function decodeReference(decimal: string | undefined, hex: string | undefined, named: string | undefined): string {
  if (named === "lt") return "<";
  if (named === "gt") return ">";
  return String.fromCodePoint(decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex ?? "", 16));
}

function assertIsOneParagraph(text: string): void {
  if (!/\S/.test(text) || text.split("\n").includes("")) {
    throw new Error(
      `escapeMdxParagraph: the text ${JSON.stringify(text.slice(0, 60))} is blank or has an empty line, which would end the paragraph; split it into separate paragraphs first`,
    );
  }
  if (text.includes("\0")) {
    throw new Error(
      "escapeMdxParagraph: the text contains a NUL character, which Markdown replaces with U+FFFD; remove it before writing the MDX",
    );
  }
  if (text.includes("\r")) {
    throw new Error(
      'escapeMdxParagraph: the text contains a carriage return, which Markdown reads as a line end; normalise line ends to "\\n" first (parseRawReport does)',
    );
  }
}

function escapeLine(line: string): string {
  const leading = /^[ \t]*/.exec(line)?.[0] ?? "";
  const rest = line.slice(leading.length);
  const trailing = /[ \t]*$/.exec(rest)?.[0] ?? "";
  const core = rest.slice(0, rest.length - trailing.length);
  if (core === "") return EMPTY_EXPRESSION + line + EMPTY_EXPRESSION;
  const openGuard = leading === "" ? "" : EMPTY_EXPRESSION;
  const closeGuard = trailing === "" ? "" : EMPTY_EXPRESSION;
  return openGuard + leading + escapeCore(core) + trailing + closeGuard;
}

function escapeCore(core: string): string {
  const chars = Array.from(core);
  const backslashAt = positionsNeedingBackslash(core, chars);
  const cutBefore = autolinkCuts(chars);
  const startsWithEsmKeyword = ESM_KEYWORD.test(core);
  return chars
    .map((char, index) => {
      const cut = cutBefore.has(index) ? EMPTY_EXPRESSION : "";
      if (index === 0 && startsWithEsmKeyword) return `&#${char.charCodeAt(0)};`;
      const reference = REFERENCE[char];
      if (reference !== undefined) return cut + reference;
      return cut + (backslashAt.has(index) ? `\\${char}` : char);
    })
    .join("");
}

function positionsNeedingBackslash(core: string, chars: readonly string[]): Set<number> {
  const positions = new Set<number>();
  chars.forEach((char, index) => {
    if (ALWAYS_BACKSLASHED.has(char)) positions.add(index);
    if (BACKSLASHED_IN_RUNS.has(char) && (chars[index - 1] === char || chars[index + 1] === char)) {
      positions.add(index);
    }
    if (char === ":" && LETTER_OR_DIGIT.test(chars[index + 1] ?? "")) positions.add(index);
  });
  if (ASCII_PUNCTUATION.test(chars[0] ?? "")) positions.add(0);
  const orderedMarker = ORDERED_LIST_MARKER.exec(core);
  if (orderedMarker) positions.add(orderedMarker[0].length - 1);
  return positions;
}

function autolinkCuts(chars: readonly string[]): Set<number> {
  const cuts = new Set<number>();
  chars.forEach((char, index) => {
    const isWwwDot =
      char === "." &&
      chars
        .slice(Math.max(0, index - 3), index)
        .join("")
        .toLowerCase() === "www";
    const isSchemeColon = char === ":" && chars[index + 1] === "/" && chars[index + 2] === "/";
    if (isWwwDot || isSchemeColon || char === "@") cuts.add(index);
  });
  return cuts;
}
