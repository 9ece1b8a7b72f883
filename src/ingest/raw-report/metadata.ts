/**
 * Publishing metadata that some sources put before the article: a numeric date stamp
 * (`2020/07/08 | 14:22 - Source: IRNA`), a posting line (`Posted on July 8, 2020 by …`), an update
 * stamp (`Updated: …`) or a source line (`Source: …`). Only lines at the very start of the article
 * are considered, so the same words later in the text stay article text.
 */
const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?";
const METADATA_LINES = [
  /^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(?:\s*(?:[|,–—-]|\d{1,2}:\d{2})|\s*$)/,
  /^\d{1,2}[/.]\d{1,2}[/.]\d{4}(?:\s*(?:[|,–—-]|\d{1,2}:\d{2})|\s*$)/,
  new RegExp(`^(?:Posted|Published|Updated|Last updated|Last modified|Modified)\\s*(?::|on\\b|at\\b|\\d|${MONTH}\\s)`, "i"),
  /^Sources?\s*:/i,
];

export interface MetadataSplit {
  metadata: string[];
  paragraphs: string[];
}

/** Takes the metadata lines off the start of the first paragraphs. */
export function splitMetadata(paragraphs: readonly string[]): MetadataSplit {
  const metadata: string[] = [];
  const remaining = [...paragraphs];
  while (remaining.length > 0) {
    const lines = (remaining[0] ?? "").split("\n");
    const metadataCount = lines.findIndex((line) => !isMetadataLine(line.trim()));
    const taken = metadataCount === -1 ? lines.length : metadataCount;
    metadata.push(...lines.slice(0, taken).map((line) => line.trim()));
    if (taken < lines.length) {
      remaining[0] = lines.slice(taken).join("\n");
      break;
    }
    remaining.shift();
  }
  return { metadata, paragraphs: remaining };
}

function isMetadataLine(line: string): boolean {
  return METADATA_LINES.some((pattern) => pattern.test(line));
}
