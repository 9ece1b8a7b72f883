/** One quoted stretch of a paragraph. */
export interface QuoteSpan {
  /** The quoted words without the marks, and without the comma that leads into the attribution. */
  text: string;
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph's length when the quote runs on into the next paragraph. */
  close: number;
  closed: boolean;
}

const CLOSING_MARK: Readonly<Record<string, string>> = { "“": "”", "«": "»", '"': '"' };

// Single marks (‘ ’ ') are left alone: they are apostrophes, ‘ayn marks or quotes within quotes far more often than quotes.
export function findQuoteSpans(paragraph: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let position = 0;
  while (position < paragraph.length) {
    const closingMark = CLOSING_MARK[paragraph[position]];
    if (closingMark === undefined) {
      position += 1;
      continue;
    }
    const open = position;
    const found = paragraph.indexOf(closingMark, open + 1);
    // News style leaves a quote open at the end of a paragraph when the same speaker goes on in the next one.
    const close = found === -1 ? paragraph.length : found;
    const text = paragraph
      .slice(open + 1, close)
      .trim()
      .replace(/\s*,$/, "");
    if (text !== "") spans.push({ text, open, close, closed: found !== -1 });
    position = close + 1;
  }
  return spans;
}

/** Whether the quote is all the paragraph says: no attribution of its own, so it continues an earlier speaker. */
export function isWholeParagraph(paragraph: string, span: QuoteSpan): boolean {
  const outside = paragraph.slice(0, span.open) + paragraph.slice(span.close + 1);
  return !/[\p{L}\p{N}]/u.test(outside);
}
