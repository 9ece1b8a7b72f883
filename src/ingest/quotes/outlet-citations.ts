import { attributeOutlet, type Attribution } from "./attribution.ts";
import type { ResolveName } from "../names/entity-matcher.ts";

/** An outlet citation as the text makes it: the outlet a report attributes information to, and the words ("al Mayadeen reported"). */
export interface FoundOutletCitation {
  outlet: Attribution;
  paragraph: number;
  phrase: string;
}

export interface PlacedOutletCitation extends FoundOutletCitation {
  /** Offset of the phrase in its paragraph. */
  index: number;
  /** How far the outlet stands from the words it reports: 0 heard them itself, 1 cites another source, 2 is the report's source. */
  distance: number;
}

interface OutletCitationCue {
  pattern: RegExp;
  outletComes: "before" | "after";
  distance: number;
}

const CUES: readonly OutletCitationCue[] = [
  { pattern: /\b(?:quoted|cited)\s+[^,.;“”"«»]+?\s+as\s+(?:saying|telling)\b/g, outletComes: "before", distance: 0 },
  { pattern: /\b(?:told|speaking to|in an interview with)\s+/g, outletComes: "after", distance: 0 },
  { pattern: /\b(?:citing|quoting)\s+/g, outletComes: "after", distance: 1 },
  { pattern: /\b(?:as\s+)?reported\s+by\s+/g, outletComes: "after", distance: 2 },
  { pattern: /\baccording\s+to\s+/gi, outletComes: "after", distance: 2 },
  { pattern: /\s+(?:has\s+|had\s+)?(?:reported|reports)\b(?!\s+by)/g, outletComes: "before", distance: 2 },
];

// Where the outlet's name stops: punctuation (a full stop, unless it closes an initial as in "U.S."), or a word that starts a new clause.
const END_OF_NAME =
  /[,;:!?“”"«»]|(?<!\b\p{Lu})\.(?=\s|$)|\s+(?:on|in|at|during|after|before|which|who|that|as|and|quoting|citing|said|says|reported|reports|while|when|to)\b/u;
const START_OF_CLAUSE = /[,;:!?“”"«»]|(?<!\b\p{Lu})\.(?=\s)/gu;

/** Every outlet citation of a report, in reading order. */
export function findOutletCitations(paragraphs: readonly string[], resolve: ResolveName): FoundOutletCitation[] {
  return paragraphs.flatMap((text, offset) =>
    findPlacedOutletCitations(text, offset + 1, resolve).map(({ outlet, paragraph, phrase }) => ({ outlet, paragraph, phrase })),
  );
}

/** The outlet citations of one paragraph, with where each stands and how far its outlet is from the words. */
export function findPlacedOutletCitations(text: string, paragraph: number, resolve: ResolveName): PlacedOutletCitation[] {
  const outletCitations: PlacedOutletCitation[] = [];
  for (const cue of CUES) {
    for (const found of text.matchAll(cue.pattern)) {
      const cueEnd = found.index + found[0].length;
      const [nameStart, nameEnd] =
        cue.outletComes === "before" ? [clauseStart(text, found.index), found.index] : [cueEnd, nameEndAfter(text, cueEnd)];
      const name = text.slice(nameStart, nameEnd);
      if (name.trim() === "") continue;
      const outlet = attributeOutlet(name, resolve, { paragraph, index: nameStart });
      if (!outlet) continue;
      const [phraseStart, phraseEnd] = cue.outletComes === "before" ? [nameStart, cueEnd] : [found.index, nameEnd];
      const phrase = text.slice(phraseStart, phraseEnd).trim();
      outletCitations.push({
        outlet,
        paragraph,
        phrase,
        index: phraseStart + leadingSpaces(text.slice(phraseStart)),
        distance: cue.distance,
      });
    }
  }
  return outletCitations.sort((a, b) => a.index - b.index);
}

function clauseStart(text: string, before: number): number {
  let start = 0;
  for (const boundary of text.slice(0, before).matchAll(START_OF_CLAUSE)) start = boundary.index + boundary[0].length;
  return start + leadingSpaces(text.slice(start, before));
}

function nameEndAfter(text: string, from: number): number {
  const end = END_OF_NAME.exec(text.slice(from));
  return end ? from + end.index : text.length;
}

function leadingSpaces(text: string): number {
  return text.length - text.trimStart().length;
}
