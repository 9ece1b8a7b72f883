import { sentenceSpans } from "../dates/tense.ts";

import { shortenedSentence } from "./event-title.ts";

/** The first sentence of a paragraph, as written. */
export function firstSentence(paragraph: string): string {
  const [first] = sentenceSpans(paragraph);
  return (first ? paragraph.slice(first.start, first.end) : paragraph).trim();
}

/**
 * A lede's opening clause that sets the scene rather than saying who did what: "A week after X landed in
 * Damascus, …", "Days before the vote, …", "As talks resumed, …", "Following the signing, …".
 */
const SCENE_SETTING =
  /^(?:(?:a|one|two|three|four|five|six|seven|several|few|some|\d+) (?:hours?|days?|weeks?|months?|years?) (?:after|before|since)|(?:hours|days|weeks|months|years) (?:after|before)|after|before|as|while|when|whilst|although|though|despite|following|amid|amidst|since|once|in the wake of|in the aftermath of|ahead of)\s[^,]{3,}?,\s+/i;

/** The main clause of a sentence that opens by setting the scene, when enough of it is left to say something. */
export function mainClause(sentence: string): string {
  const opening = SCENE_SETTING.exec(sentence);
  if (!opening) return sentence;
  const rest = sentence.slice(opening[0].length);
  if (rest.split(/\s+/).filter(Boolean).length < 4) return sentence;
  return rest.charAt(0).toUpperCase() + rest.slice(1);
}

/**
 * A draft headline from the lede, for a report that arrives without one: the first sentence's main clause (an
 * opening "A week after …," or "As …," is left out, since it does not say who did what), shortened at a clause
 * or a word to at most 90 characters, never cut with "…". The article is marked as a draft so an editor writes
 * the real headline.
 */
export function deriveHeadline(lede: string): string {
  return shortenedSentence(mainClause(firstSentence(lede)));
}
