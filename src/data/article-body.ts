import { render } from "astro:content";
import type { Archive, Article } from "./archive.ts";
import { MARKDOWN_CONFIG } from "../lib/markdown-processor.ts";
import { readsAlikeAsMarkdown } from "../lib/plain-mdx.ts";

type Rendered = Awaited<ReturnType<typeof render>>;

/** An article body ready for its page: HTML rendered from Markdown, or the component its MDX compiled to. */
export type ArticleBody = { html: string } | { Content: Rendered["Content"] };

type MarkdownRenderer = Awaited<ReturnType<typeof MARKDOWN_CONFIG.processor.createRenderer>>;
let renderer: Promise<MarkdownRenderer> | undefined;

/**
 * Renders an article's body. A body that Markdown reads as MDX does (which src/loaders/mdx-articles.ts did not
 * compile) goes through the site's Markdown processor, the one MDX uses too, so the two give the same HTML; any
 * other body is the compiled MDX module.
 */
export async function articleBody(archive: Archive, article: Article): Promise<ArticleBody> {
  const body = archive.bodies.get(article.id) ?? "";
  if (!readsAlikeAsMarkdown(body)) return { Content: (await render(article)).Content };
  renderer ??= MARKDOWN_CONFIG.processor.createRenderer({ syntaxHighlight: MARKDOWN_CONFIG.syntaxHighlight });
  const { code } = await (await renderer).render(body, { frontmatter: {} });
  // Without the line end Markdown leaves after the last block, the page matches the MDX rendering byte for byte.
  return { html: code.trimEnd() };
}
