import { render } from "astro:content";
import type { DataStore } from "astro/loaders";
import type { Archive } from "../index-archive.ts";
import { getArticleEntry, type ArticleEntry } from "../load-archive.ts";
import { MARKDOWN_CONFIG } from "./markdown-processor.ts";

type Rendered = Awaited<ReturnType<typeof render>>;

/** An article body ready for its page: HTML rendered from Markdown, or the component its MDX compiled to. */
export type ArticleBody = { html: string } | { Content: Rendered["Content"] };

/** An entry as the store holds it: with the `deferredRender` flag that `render()` reads and Astro's entry type leaves out. */
type StoredArticle = ArticleEntry & Pick<Parameters<DataStore["set"]>[0], "deferredRender">;

type MarkdownRenderer = Awaited<ReturnType<typeof MARKDOWN_CONFIG.processor.createRenderer>>;
let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * Renders an article's body. The loader (src/site/body/mdx-articles-loader.ts) compiled only the bodies that use MDX and
 * left those marked for `render()`; any other body Markdown reads as MDX does, so it goes through the site's
 * Markdown processor, the one MDX uses too, and the two give the same HTML.
 */
export async function articleBody(archive: Archive, articleId: string): Promise<ArticleBody> {
  const entry: StoredArticle = await getArticleEntry(articleId);
  if (entry.deferredRender) return { Content: (await render(entry)).Content };
  const body = archive.bodies.get(articleId) ?? "";
  renderer ??= MARKDOWN_CONFIG.processor.createRenderer({ syntaxHighlight: MARKDOWN_CONFIG.syntaxHighlight });
  const { code } = await (await renderer).render(body, { frontmatter: {} });
  // Without the line end Markdown leaves after the last block, the page matches the MDX rendering byte for byte.
  return { html: code.trimEnd() };
}
