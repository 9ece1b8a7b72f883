import type { EntityType } from "../../archive/entity-kinds.ts";
import { isDescriptorWord } from "./name-descriptors.ts";

/** A name found in a report, with offsets in the whole report text. */
export interface FoundName {
  type: EntityType;
  start: number;
  end: number;
  /** The kind of place or body the wording says ("a city in …"). */
  kind?: string;
}

const WORD = String.raw`(?:(?:al|el|bin|ibn|abu)-)?\p{Lu}[\p{L}\p{M}'’-]*`;
const NAME_RUN = String.raw`${WORD}(?:\s+${WORD}){0,3}`;
// A role word names who follows, in either case: "spokesman Abolfazl Shekarchi", "Trade Minister Rini Hartono".
const ROLE_WORDS = [
  "spokesman",
  "spokeswoman",
  "spokesperson",
  "minister",
  "president",
  "premier",
  "mayor",
  "governor",
  "commander",
  "ambassador",
  "envoy",
  "counterpart",
  "secretary",
  "director",
  "chairman",
  "chairwoman",
];
const ROLE = new RegExp(
  String.raw`\b(?:${ROLE_WORDS.map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join("|")})\s+(${NAME_RUN})`,
  "gu",
);
// A place the sentence describes: "in Lanshui, a city in east China", "the port of Latakia".
const SETTLEMENTS = "city|town|village|port|capital";
const DESCRIBED_PLACE = new RegExp(
  String.raw`\b(?:in|at|near|from|outside)\s+(${NAME_RUN}),\s+(?:a|the)\s+(?:[\p{L}-]+\s+){0,2}?(${SETTLEMENTS}|province|region|district|county)\b|\b(${SETTLEMENTS}) of (${NAME_RUN})`,
  "gu",
);

// An outlet is named where it is said to report, or called a daily, newspaper, agency or broadcaster.
const OUTLET_BEFORE =
  /(?:\bthe\s+(?:\p{Lu}\p{L}*\s+)?(?:daily|weekly|newspaper|paper|news\s+agency|agency|broadcaster|news\s+website|website|channel|television)|\bnews\s+agency|\bnewspaper|\bdaily)\s*,?\s*$/iu;
const OUTLET_AFTER =
  /^['’]?s?\s*(?:,\s*)?(?:news\s+agency|newspaper|daily|reported|reports|quoted|said\s+in\s+a\s+report|television|TV\b|broadcaster)/iu;

/** "organization" when the words around a name make it an outlet: "the daily Kayhan", "Tasnim news agency", "Tishreen reported". */
export function outletType(paragraph: string, start: number, end: number): EntityType | null {
  return OUTLET_BEFORE.test(paragraph.slice(Math.max(0, start - 60), start)) || OUTLET_AFTER.test(paragraph.slice(end, end + 40))
    ? "organization"
    : null;
}

// An outlet compromise does not mark: the capitalised words right after "the daily", "news agency", or right before "reported".
const OUTLET_NAME =
  /(?:\b(?:daily|newspaper|news\s+agency|agency|broadcaster)\s+)(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})|(?<![\p{L}.])(\p{Lu}[\p{L}\p{M}.'’-]*(?:\s+\p{Lu}[\p{L}\p{M}.'’-]*){0,3})(?=\s+(?:news\s+agency|reported\b))/gu;

function outletNames(paragraphs: readonly string[], starts: readonly number[]): FoundName[] {
  return paragraphs.flatMap((text, i) =>
    [...text.matchAll(OUTLET_NAME)].flatMap((match): FoundName[] => {
      const name = match[1] ?? match[2] ?? "";
      const at = match.index + match[0].indexOf(name);
      if (name.split(/\s+/).every((word) => isDescriptorWord(word))) return [];
      return [{ type: "organization", start: starts[i]! + at, end: starts[i]! + at + name.length }];
    }),
  );
}

/** A person named right after a role, as a full name of two words or more (titles before it dropped). */
function roleNames(paragraphs: readonly string[], starts: readonly number[]): FoundName[] {
  return paragraphs.flatMap((text, i) =>
    [...text.matchAll(ROLE)].flatMap((match): FoundName[] => {
      const words = match[1]!.split(/\s+/);
      let skip = 0;
      while (skip < words.length && isDescriptorWord(words[skip]!)) skip += 1;
      const name = words.slice(skip);
      if (name.length < 2 || name.some((word) => isDescriptorWord(word))) return [];
      const at = match.index + match[0].length - match[1]!.length + words.slice(0, skip).join(" ").length + (skip > 0 ? 1 : 0);
      return [{ type: "person", start: starts[i]! + at, end: starts[i]! + at + name.join(" ").length }];
    }),
  );
}

/** A place the wording describes as a city, town, province or region, with that kind for a settlement. */
function describedPlaces(paragraphs: readonly string[], starts: readonly number[]): FoundName[] {
  return paragraphs.flatMap((text, i) =>
    [...text.matchAll(DESCRIBED_PLACE)].flatMap((match): FoundName[] => {
      const name = match[1] ?? match[4]!;
      const word = (match[2] ?? match[3]!).toLowerCase();
      if (name.split(/\s+/).every((w) => isDescriptorWord(w))) return [];
      const at = match.index + match[0].lastIndexOf(name);
      const kind = word === "capital" || word === "port" || word === "city" ? "city" : SETTLEMENTS.includes(word) ? word : undefined;
      return [{ type: "place", start: starts[i]! + at, end: starts[i]! + at + name.length, ...(kind ? { kind } : {}) }];
    }),
  );
}

/** Names the wording around them marks, where compromise may not: outlets, people after a role, described places. */
export function wordedNames(paragraphs: readonly string[], starts: readonly number[]): FoundName[] {
  return [...outletNames(paragraphs, starts), ...roleNames(paragraphs, starts), ...describedPlaces(paragraphs, starts)];
}
