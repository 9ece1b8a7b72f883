/** A run of excerpt text, `marked` where it matched the query. */
export interface ExcerptSegment {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const point = code[1]?.toLowerCase() === "x" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(point) && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/**
 * Turns a Pagefind excerpt (entity-encoded text with `<mark>` around hits) into plain text segments, so the
 * search page can build it with text nodes: an archived text that contains markup is shown, never parsed.
 */
export function parseExcerpt(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of excerpt.matchAll(pattern)) {
    if (match.index > last) segments.push({ text: decodeEntities(excerpt.slice(last, match.index)), marked: false });
    segments.push({ text: decodeEntities(match[1] ?? ""), marked: true });
    last = match.index + match[0].length;
  }
  if (last < excerpt.length) segments.push({ text: decodeEntities(excerpt.slice(last)), marked: false });
  return segments.filter((segment) => segment.text.length > 0);
}

/** How many different words an excerpt marks: a paragraph with every word of the query marks the most. */
function markedWords(excerpt: string): number {
  return new Set(parseExcerpt(excerpt).flatMap((segment) => (segment.marked ? [segment.text.toLowerCase()] : []))).size;
}

/**
 * A page's sub-results (its paragraphs that matched), the ones that mark the most different words of the query
 * first, in page order otherwise: "Takfiri terrorism" leads to the paragraph with both words, not the first with one.
 */
export function rankSubResults<T extends { excerpt: string }>(subResults: T[]): T[] {
  return subResults
    .map((sub, i) => ({ sub, i, marked: markedWords(sub.excerpt) }))
    .sort((a, b) => b.marked - a.marked || a.i - b.i)
    .map(({ sub }) => sub);
}
