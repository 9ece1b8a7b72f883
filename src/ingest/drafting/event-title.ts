import { hasTrait } from "./action-kinds.ts";
import { withoutBidiControls } from "../../archive/bidi-controls.ts";

/**
 * A draft event's title as a short statement of who did what ("Bagheri and Ayyoub sign defence agreement in
 * Damascus"), built from the kind of action, its parties and its place; the sentence itself, shortened at a
 * clause and never cut with "…", when the action has no pattern here.
 */
export interface TitleParts {
  action?: string;
  /** Display names of the parties, people by surname, at most two used. */
  parties: string[];
  place?: string;
  /** The dated sentence, quotations removed. */
  sentence: string;
}

const TITLE_LENGTH = 90;
// The agreement's own words after its article: "a defence cooperation agreement", "the pact".
const AGREEMENT = /\b(?:a|an|the)\s+((?:[\w-]+\s+){0,3}?(?:agreement|accord|pact|deal|memorandum(?: of understanding)?|treaty))s?\b/i;

function joined(parties: readonly string[]): string {
  return parties.length > 1 ? `${parties[0]} and ${parties[1]}` : (parties[0] ?? "");
}

function agreementIn(sentence: string): string {
  const noun = AGREEMENT.exec(sentence)?.[1]?.toLowerCase().replace(/\s+/g, " ").trim();
  return noun && !/\b(?:this|that|its|their|his|her|said|and)\b/.test(noun) ? noun : "agreement";
}

/** The statement for each kind of action: the subject, and whether the place is already said. */
const PATTERNS: Record<string, (subject: string, plural: boolean, parts: TitleParts) => string | undefined> = {
  signing: (subject, plural, parts) => `${subject} ${plural ? "sign" : "signs"} ${agreementIn(parts.sentence)}`,
  meeting: (_subject, _plural, { parties }) =>
    parties.length > 1 ? `${parties[0]} meets ${parties[1]}` : parties[0] ? `${parties[0]} holds talks` : undefined,
  arrival: (subject, plural) => `${subject} ${plural ? "arrive" : "arrives"}`,
  departure: (subject, plural) => `${subject} ${plural ? "leave" : "leaves"}`,
  agreement: (subject, plural) => `${subject} ${plural ? "reach" : "reaches"} agreement`,
  statement: (subject) => `Statement by ${subject}`,
  visit: (subject, plural, { place }) => (place ? `${subject} ${plural ? "visit" : "visits"} ${place}` : undefined),
  strike: (_subject, _plural, { place }) => (place ? `Strike on ${place}` : undefined),
  flood: (_subject, _plural, { place }) => (place ? `Floods in ${place}` : undefined),
  earthquake: (_subject, _plural, { place }) => (place ? `Earthquake in ${place}` : undefined),
  funeral: (subject) => `Funeral of ${subject}`,
  evacuation: (subject, plural, { place }) =>
    place ? `Evacuation in ${place}` : subject ? `${subject} ${plural ? "announce" : "announces"} evacuation` : undefined,
  death: (subject, plural) => `${subject} ${plural ? "die" : "dies"}`,
  election: (_subject, _plural, { place }) => (place ? `Vote in ${place}` : undefined),
};

/** The sentence, without its final stop, shortened at the last clause break (or word) within the limit. */
export function shortenedSentence(sentence: string, limit = TITLE_LENGTH): string {
  const plain = sentence.replace(/\s+/g, " ").replace(/^[\s,;:–—-]+|[\s,;:.!?]+$/g, "");
  if (plain.length <= limit) return plain;
  const head = plain.slice(0, limit);
  const clause = Math.max(head.lastIndexOf(", "), head.lastIndexOf("; "), head.lastIndexOf(" – "), head.lastIndexOf(" — "));
  const cut = clause > limit / 2 ? head.slice(0, clause) : head.slice(0, head.lastIndexOf(" "));
  return cut.replace(/\s+(?:a|an|the|of|to|in|on|at|and|or|with|for|by|from|that|which|who)$/i, "").replace(/[,;:]$/, "");
}

export function eventTitle(parts: TitleParts): string {
  return withoutBidiControls(statedTitle(parts));
}

function statedTitle(parts: TitleParts): string {
  const pattern = parts.action ? PATTERNS[parts.action] : undefined;
  const subject = joined(parts.parties);
  const statement =
    pattern && (subject || hasTrait(parts.action, "placed")) ? pattern(subject, parts.parties.length > 1, parts) : undefined;
  if (!statement) return shortenedSentence(parts.sentence);
  // Where a departure is named is where it went or where it left: the title does not say "in".
  const placed = parts.place && !statement.includes(parts.place) && parts.action !== "departure";
  const withPlace = placed ? `${statement} in ${parts.place}` : statement;
  const title = withPlace.length <= TITLE_LENGTH ? withPlace : statement;
  return title.charAt(0).toUpperCase() + title.slice(1);
}
