import { readFile } from "node:fs/promises";
import { render } from "astro:content";
import type { Article } from "./archive.ts";
import { MARKDOWN_CONFIG } from "../lib/markdown-processor.ts";
import { mdxBody, readsAlikeAsMarkdown } from "../lib/plain-mdx.ts";

type Rendered = Awaited<ReturnType<typeof render>>;

/** An article body ready for its page: HTML rendered from Markdown, or the component its MDX compiled to. */
export type ArticleBody = { html: string } | { Content: Rendered["Content"] };

type MarkdownRenderer = Awaited<ReturnType<typeof MARKDOWN_CONFIG.processor.createRenderer>>;
let renderer: Promise<MarkdownRenderer> | undefined;

/** The source text of an article's file, read the way the archive checks read it. */
export function readArticleSource(article: Article): Promise<string> {
  if (!article.filePath) throw new Error(`The article "${article.id}" has no file; articles are loaded from content/articles/.`);
  return readFile(article.filePath, "utf8");
}

/**
 * Renders an article's body. A body that Markdown reads as MDX does (which src/loaders/mdx-articles.ts did not
 * compile) goes through the site's Markdown processor, the one MDX uses too, so the two give the same HTML; any
 * other body is the compiled MDX module.
 */
export async function articleBody(article: Article): Promise<ArticleBody> {
  const body = mdxBody(await readArticleSource(article));
  if (!readsAlikeAsMarkdown(body)) return { Content: (await render(article)).Content };
  renderer ??= MARKDOWN_CONFIG.processor.createRenderer({ syntaxHighlight: MARKDOWN_CONFIG.syntaxHighlight });
  const { code } = await (await renderer).render(body, { frontmatter: {} });
  // Without the line end Markdown leaves after the last block, the page matches the MDX rendering byte for byte.
  return { html: code.trimEnd() };
}
