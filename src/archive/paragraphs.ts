/**
 * Splits an article body (the MDX source below the frontmatter) into its paragraphs: blocks separated by
 * blank lines. Paragraph N of this list is the element the site anchors as `#p-N`.
 */
export function splitParagraphs(body: string): string[] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n[ \t]*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

/** The fragment id of a report's Nth paragraph (`p-N`): part of the public contract of permalinks, keep it stable. */
export function paragraphId(paragraph: number): string {
  return `p-${paragraph}`;
}
