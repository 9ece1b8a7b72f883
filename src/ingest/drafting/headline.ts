import { sentenceSpans } from "../dates/tense.ts";

const HEADLINE_WORDS = 16;

/** The first sentence of a paragraph, as written. */
export function firstSentence(paragraph: string): string {
  const [first] = sentenceSpans(paragraph);
  return (first ? paragraph.slice(first.start, first.end) : paragraph).trim();
}

/**
 * A draft headline from the lede, for a report that arrives without one: its first sentence, cut to
 * 16 words. The article is marked as a draft so an editor writes the real headline.
 */
export function deriveHeadline(lede: string): string {
  const sentence = firstSentence(lede)
    .replace(/\s+/g, " ")
    .replace(/[.!?]+$/, "");
  const words = sentence.split(" ");
  if (words.length <= HEADLINE_WORDS) return sentence;
  return `${words
    .slice(0, HEADLINE_WORDS)
    .join(" ")
    .replace(/[,;:–—-]+$/, "")}…`;
}
