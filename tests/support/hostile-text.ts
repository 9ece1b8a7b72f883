/** Pieces of text that Markdown or MDX would read as syntax, and plain ones, for generated hostile paragraphs. */
export const HOSTILE_FRAGMENTS: readonly string[] = [
  "{",
  "}",
  "<",
  ">",
  "{}",
  "import ",
  "export ",
  "#",
  "# ",
  "- ",
  "* ",
  "+ ",
  "1. ",
  "1) ",
  "---",
  "***",
  "___",
  "===",
  "<!--",
  "-->",
  "\\",
  "`",
  "```",
  "~~~",
  "~",
  "[",
  "]",
  "](",
  "(",
  ")",
  "![",
  "&amp;",
  "&#123;",
  "&lt;",
  "&",
  "|",
  "    ",
  "  ",
  "\t",
  "\n",
  "\n",
  ":",
  "::",
  ":::",
  "10:30",
  "$",
  "$$",
  "^",
  "'",
  '"',
  "...",
  "..",
  "--",
  "=",
  "!",
  "?",
  ",",
  "@",
  "@IRNA",
  "%",
  "/",
  "\u00a0",
  "\u3000",
  "\f",
  "\v",
  "\u2028",
  "{#id}",
  "[^1]",
  "[[w]]",
  "<b>",
  "</b>",
  "<img src=x onerror=alert(1)>",
  "{process.exit(1)}",
  "*a*",
  "_a_",
  "**b**",
  "`c`",
  "<https://x.org>",
  "www.irna.ir",
  "WWW.SANA.SY",
  "https://a.ir/b_c?d=1&e=2",
  "mailto:press@irna.ir",
  "Iran",
  "می‌خواهیم",
  "دمشق",
  "“",
  "’",
  " ",
  " ",
  "a",
  "x",
  "2020",
];

/** A paragraph of 1–12 fragments, patched so that it has no empty line and is not blank. */
export function hostileParagraph(fragments: readonly string[], random: () => number): string {
  const length = 1 + Math.floor(random() * 12);
  const picked = Array.from({ length }, () => fragments[Math.floor(random() * fragments.length)] ?? "");
  const text = picked
    .join("")
    .replace(/\n(?=\n)/g, "\nz")
    .replace(/^\n/, "z\n")
    .replace(/\n$/, "\nz");
  return /\S/.test(text) ? text : `${text}z`;
}

/** Deterministic, so that a failure names the same paragraph on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x80000000;
  };
}
