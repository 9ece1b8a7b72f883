import { attributeSpeaker, type Attribution } from "./attribution.ts";
import { findPlacedOutletCitations, type PlacedOutletCitation } from "./outlet-citations.ts";
import type { ResolveName } from "../names/entity-matcher.ts";
import { findQuoteSpans, isWholeParagraph, type QuoteSpan } from "./quote-marks.ts";

export type { Attribution } from "./attribution.ts";

export interface QuotedPassage {
  /** The quoted words, without the quote marks. */
  text: string;
  paragraph: number;
  /** Who said it: "Assad said", "the two sides said", "quoted General Bagheri as saying". */
  speaker: Attribution | null;
  /** Who reported it, nearest to the speaker first: [the outlet that quoted them, the outlet that reported that]. */
  reportedBy: Attribution[];
}

const SPEECH_VERB =
  "(?:said|says|added|adds|told|tells|stated|noted|stressed|emphasi[sz]ed|underlined|asserted|declared|explained|insisted|warned|remarked|continued|wrote|tweeted|asked|replied|concluded|announced|affirmed|argued|commented|reiterated|urged|acknowledged|observed|claimed|highlighted)";

// A speaker phrase: a few words without punctuation, except the full stops of initials and acronyms ("U.S. envoy").
const SPEAKER = String.raw`((?:[^,.;:!?“”"«»]|(?<=\p{Lu})\.){1,80}?)`;

// “…,” said Bagheri / “…,” said Syrian Defense Minister Ali Abdullah Ayyoub on Thursday.
const VERB_THEN_SPEAKER = new RegExp(
  String.raw`^\s*[,—–]?\s*${SPEECH_VERB}\s+${SPEAKER}(?=\s*[,.;:!?“”"«»]|\s+(?:on|in|during|at|after|before|while|who|when|adding|according|to)\b|\s*$)`,
  "u",
);
// “…,” Bagheri added.
const SPEAKER_THEN_VERB = new RegExp(String.raw`^\s*[,—–]?\s*${SPEAKER}\s+(?:also\s+|further\s+|then\s+)?${SPEECH_VERB}\b`, "u");
// … quoted General Bagheri as saying … “…”
const QUOTED_AS_SAYING = /\b(?:quoted|cited)\s+([^,.;“”"«»]+?)\s+as\s+(?:saying|telling)\b/gu;
const SPEECH_VERB_WORD = new RegExp(String.raw`\b${SPEECH_VERB}\b`, "gu");
const CLAUSE_BOUNDARY = /[,;:“”"«»]/gu;
const SENTENCE_END = /[.!?](?=\s+\p{Lu})/gu;

// A clause before a speech verb can run long ("Iran and Syria signed … and Bagheri said"): the speaker is in its last words.
const LAST_WORDS_OF_SUBJECT = /(?:\S+\s+){0,7}\S+\s*$/u;

// Shorter quotations without a speaker are names or scare quotes (the so-called “resistance front”), not passages.
const FEWEST_WORDS_WITHOUT_SPEAKER = 4;

/** The quoted passages of a report with their speakers and the outlets that carried them. */
export function extractQuotes(paragraphs: readonly string[], resolve: ResolveName): QuotedPassage[] {
  const passages: QuotedPassage[] = [];
  let lastOfPreviousParagraph: QuotedPassage | null = null;
  paragraphs.forEach((text, offset) => {
    const paragraph = offset + 1;
    const outletCitations = findPlacedOutletCitations(text, paragraph, resolve);
    let lastOfThisParagraph: QuotedPassage | null = null;
    for (const span of findQuoteSpans(text)) {
      let speaker = findSpeaker(text, span, paragraph, resolve);
      let reportedBy = reportersOf(outletCitations, speaker);
      // A paragraph that is nothing but a quote carries on the speaker of the quote before it.
      if (!speaker && lastOfPreviousParagraph && isWholeParagraph(text, span)) {
        speaker = lastOfPreviousParagraph.speaker;
        if (reportedBy.length === 0) reportedBy = lastOfPreviousParagraph.reportedBy;
      }
      if (!speaker && span.text.split(/\s+/).length < FEWEST_WORDS_WITHOUT_SPEAKER) continue;
      lastOfThisParagraph = { text: span.text, paragraph, speaker, reportedBy };
      passages.push(lastOfThisParagraph);
    }
    lastOfPreviousParagraph = lastOfThisParagraph;
  });
  return passages;
}

function findSpeaker(text: string, span: QuoteSpan, paragraph: number, resolve: ResolveName): Attribution | null {
  const found = speakerAfter(text, span) ?? speakerBefore(text, span);
  return found ? attributeSpeaker(found.phrase, resolve, { paragraph, index: found.index }) : null;
}

// “…,” Assad said — only when the quote hands over to its attribution with a comma, dash, ? or !
// ("Iran “will respond” and the U.S. said nothing" names no speaker of the quote).
function speakerAfter(text: string, span: QuoteSpan): { phrase: string; index: number } | null {
  if (!span.closed) return null;
  const after = text.slice(span.close + 1);
  const handsOver = /[,?!—–-]\s*$/.test(text.slice(span.open + 1, span.close)) || /^\s*[,—–]/.test(after);
  if (!handsOver) return null;
  const found = VERB_THEN_SPEAKER.exec(after) ?? SPEAKER_THEN_VERB.exec(after);
  if (!found?.[1]) return null;
  return { phrase: found[1].trim(), index: span.close + 1 + found.index + found[0].indexOf(found[1]) };
}

// Bagheri said: “…” / Bagheri said Iran “will …” / al-Mayadeen quoted General Bagheri as saying … “…”
function speakerBefore(text: string, span: QuoteSpan): { phrase: string; index: number } | null {
  const sentenceStart = lastMatchEnd(text.slice(0, span.open), SENTENCE_END);
  const sentence = text.slice(sentenceStart, span.open);
  const quotedAs = [...sentence.matchAll(QUOTED_AS_SAYING)].at(-1);
  if (quotedAs?.[1]) return { phrase: quotedAs[1], index: sentenceStart + quotedAs.index + quotedAs[0].indexOf(quotedAs[1]) };
  const verb = [...sentence.matchAll(SPEECH_VERB_WORD)].at(-1);
  if (!verb) return null;
  const clauseStart = lastMatchEnd(sentence.slice(0, verb.index), CLAUSE_BOUNDARY);
  // "Bagheri, who arrived on Tuesday, said: “…”": when an aside stands before the verb, the speaker opens the sentence.
  const isAside = !/[\p{L}\p{N}]/u.test(sentence.slice(clauseStart, verb.index));
  const subjectStart = isAside ? 0 : clauseStart;
  const subjectEnd = isAside ? sentence.search(CLAUSE_BOUNDARY) : verb.index;
  const subject = sentence.slice(subjectStart, subjectEnd).replace(/\s+(?:also|further|then)\s*$/, "");
  const speaker = LAST_WORDS_OF_SUBJECT.exec(subject);
  if (!speaker) return null;
  return { phrase: speaker[0].trim(), index: sentenceStart + subjectStart + speaker.index };
}

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = 0;
  for (const found of text.matchAll(pattern)) end = found.index + found[0].length;
  return end;
}

function reportersOf(outletCitations: readonly PlacedOutletCitation[], speaker: Attribution | null): Attribution[] {
  const nearestFirst = [...outletCitations].sort((a, b) => a.distance - b.distance || a.index - b.index);
  const reporters: Attribution[] = [];
  for (const { outlet } of nearestFirst) {
    const isSpeaker = speaker !== null && (outlet.id !== null ? outlet.id === speaker.id : outlet.name === speaker.name);
    const isListed = reporters.some((listed) => (outlet.id !== null ? listed.id === outlet.id : listed.name === outlet.name));
    if (!isSpeaker && !isListed) reporters.push(outlet);
  }
  return reporters;
}
