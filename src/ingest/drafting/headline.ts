import { sentenceSpans } from "../dates/tense.ts";

import { shortenedSentence } from "./event-title.ts";

/** The first sentence of a paragraph, as written. */
export function firstSentence(paragraph: string): string {
  const [first] = sentenceSpans(paragraph);
  return (first ? paragraph.slice(first.start, first.end) : paragraph).trim();
}

/**
 * A draft headline from the lede, for a report that arrives without one: its first sentence, shortened at a
 * clause or a word to at most 90 characters, never cut with "…". The article is marked as a draft so an editor
 * writes the real headline.
 */
export function deriveHeadline(lede: string): string {
  return shortenedSentence(firstSentence(lede));
}
