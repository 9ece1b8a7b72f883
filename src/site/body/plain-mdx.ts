/**
 * Whether an MDX body is one that Markdown reads exactly as MDX does.
 *
 * MDX is Markdown with three additions and three removals. It adds JavaScript expressions (`{…}`), JSX
 * (`<Name …>`) and ES module lines (`import …`, `export …`); it removes raw HTML and autolinks (both
 * start with `<`) and indented code (a line that starts with spaces or a tab). Astro also renders images
 * differently (MDX makes them optimized components). A body with none of the characters, line starts and
 * image syntax those need, and with no leading `---` or `+++` that a Markdown renderer would take for
 * frontmatter, parses to the same tree either way, so its page can render it as Markdown instead of
 * compiling it into a module of its own (src/site/body/mdx-articles-loader.ts, src/site/body/article-body.ts).
 *
 * The test is deliberately blunt: a body it turns down is still rendered correctly, as MDX, only
 * more slowly. Text written by the ingest command passes unless its escaping had to cut a line with
 * the empty expression `{}`.
 */
const MDX_ONLY_CHARACTERS = /[{}<]/;
const ESM_LINE = /^(?:import|export)(?![\p{L}\p{N}_$])/mu;
const INDENTED_LINE = /^[ \t]/m;
const FRONTMATTER_FENCE = /^\s*(?:---|\+\+\+)/;
const IMAGE = /!\[/;

export function readsAlikeAsMarkdown(body: string): boolean {
  return !(
    MDX_ONLY_CHARACTERS.test(body) ||
    ESM_LINE.test(body) ||
    INDENTED_LINE.test(body) ||
    FRONTMATTER_FENCE.test(body) ||
    IMAGE.test(body)
  );
}
