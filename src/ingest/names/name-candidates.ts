import nlp from "compromise";
import type { EntityMention } from "./entity-matcher.ts";
import { ENTITY_COLLECTIONS, ENTITY_KINDS, type EntityCollection, type EntityType } from "../../archive/entity-kinds.ts";
import { isDescriptorWord } from "./name-descriptors.ts";
import { transliterationKey } from "./names.ts";

/** A name the archive does not know yet, for an editor to review; nothing is created from it. */
export interface NameCandidate {
  text: string;
  type: EntityType;
  /** 1-based paragraph of its first appearance. */
  paragraph: number;
}

/** The part of compromise's json() output this module reads. */
interface CompromiseTerm {
  text: string;
  post: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface CompromiseMatch {
  terms: CompromiseTerm[];
}

type CompromiseView = ReturnType<typeof nlp>;
type NameFinder = (this: CompromiseView) => { json(options: object): CompromiseMatch[] };

interface FoundName {
  type: EntityType;
  /** Offsets in the whole report text. */
  start: number;
  end: number;
}

const PARAGRAPH_SEPARATOR = "\n\n";

// compromise reads these seats of government as common nouns, but news copy uses them for the government itself.
const INSTITUTIONS = {
  kremlin: "Organization",
  pentagon: "Organization",
  "white house": "Organization",
  knesset: "Organization",
  majlis: "Organization",
};

// compromise joins a list into one match ("Iran, Syria"): punctuation after a word ends the name.
const ENDS_A_NAME = /[,;:()“”"«»—–]/;

const POSSESSIVE_ENDING = /(?:['’]s|['’])$/i;

/**
 * Names of each entity kind that compromise finds in a report that are not known mentions and do not
 * resolve to a known entity, trimmed of titles and possessives, one per spelling, in reading order.
 */
export function findNameCandidates(paragraphs: readonly string[], known: readonly EntityMention[]): NameCandidate[] {
  const starts = paragraphStarts(paragraphs);
  // One compromise pass over the whole report: parsing is the expensive part, and sentences never span paragraphs.
  // Sentences that can hold no unknown name are blanked first (same length, so offsets stay true).
  const doc = nlp(paragraphs.map((text, i) => withoutNamelessSentences(text, i + 1, known)).join(PARAGRAPH_SEPARATOR), INSTITUTIONS);
  const found = ENTITY_COLLECTIONS.flatMap((collection) => namesOfKind(doc, collection)).sort((a, b) => a.start - b.start);

  const knownKeys = keysOfKnownNames(known);
  const candidates: NameCandidate[] = [];
  const seen = new Set<string>();
  for (const name of found) {
    const paragraph = paragraphAt(starts, name.start);
    const index = name.start - starts[paragraph - 1];
    const text = paragraphs[paragraph - 1].slice(index, name.end - starts[paragraph - 1]);
    const key = transliterationKey(text);
    if (!/^\p{Lu}/u.test(text) || knownKeys.has(key) || seen.has(`${name.type}:${key}`)) continue;
    if (overlapsKnown(known, paragraph, index, text.length)) continue;
    seen.add(`${name.type}:${key}`);
    candidates.push({ text, type: name.type, paragraph });
  }
  return withoutBareSurnames(candidates);
}

const SENTENCE = /[^.!?]+(?:[.!?]+["”’')\]]*|$)/g;
const CAPITALISED_WORD = /(?<![\p{L}\p{M}'’-])\p{Lu}[\p{L}\p{M}'’.-]*/gu;

/**
 * Replaces with spaces each sentence whose capitalised words are all known mentions or descriptors
 * ("Syrian President Bashar al-Assad has said…"): compromise's cost grows with the text, and most
 * sentences of a report name only what the archive already knows.
 */
function withoutNamelessSentences(text: string, paragraph: number, known: readonly EntityMention[]): string {
  const mentions = known.filter((mention) => mention.paragraph === paragraph);
  return text.replace(SENTENCE, (sentence, offset: number) => {
    for (const word of sentence.matchAll(CAPITALISED_WORD)) {
      const at = offset + word.index;
      const insideMention = mentions.some((m) => m.index <= at && at < m.index + m.text.length);
      if (!insideMention && !isDescriptorWord(word[0].replace(/['’]s$/, ""))) return sentence;
    }
    return " ".repeat(sentence.length);
  });
}

/**
 * compromise finds names with methods called as the archive's collections (doc.people(), doc.organizations(),
 * doc.places()); an entity kind it has no such method for has no candidates.
 */
function namesOfKind(doc: CompromiseView, collection: EntityCollection): FoundName[] {
  const finder = (doc as unknown as Partial<Record<EntityCollection, NameFinder>>)[collection];
  return finder ? namesIn(finder.call(doc).json({ offset: true, terms: { offset: true } }), ENTITY_KINDS[collection].singular) : [];
}

function namesIn(matches: CompromiseMatch[], type: EntityType): FoundName[] {
  return matches
    .flatMap((match) => splitAtPunctuation(match.terms))
    .flatMap((terms) => {
      const name = type === "person" ? withoutTitles(terms) : withoutArticle(terms);
      const first = name[0];
      const last = name[name.length - 1];
      if (!first || !last) return [];
      const possessive = POSSESSIVE_ENDING.exec(last.text)?.[0].length ?? 0;
      return [{ type, start: first.offset.start, end: last.offset.start + last.offset.length - possessive }];
    });
}

function splitAtPunctuation(terms: readonly CompromiseTerm[]): CompromiseTerm[][] {
  const groups: CompromiseTerm[][] = [[]];
  for (const term of terms) {
    groups[groups.length - 1].push(term);
    if (ENDS_A_NAME.test(term.post)) groups.push([]);
  }
  return groups.filter((group) => group.length > 0);
}

// "Minister Ali Abdullah Ayyoub" names Ali Abdullah Ayyoub.
function withoutTitles(terms: readonly CompromiseTerm[]): CompromiseTerm[] {
  const firstNameWord = terms.findIndex((term) => !term.tags.includes("Honorific") && !isDescriptorWord(term.text));
  return firstNameWord === -1 ? [] : terms.slice(firstNameWord);
}

// "the Kremlin" names the Kremlin; an organization's other words ("Russian Foreign Ministry") are its name.
function withoutArticle(terms: readonly CompromiseTerm[]): CompromiseTerm[] {
  return terms[0]?.text.toLowerCase() === "the" ? terms.slice(1) : [...terms];
}

function keysOfKnownNames(known: readonly EntityMention[]): Set<string> {
  const keys = new Set<string>();
  for (const mention of known) {
    keys.add(transliterationKey(mention.name));
    keys.add(transliterationKey(mention.text));
    // A known person's surname on its own is that person, not a new name.
    if (mention.type === "person") keys.add(transliterationKey(mention.name.split(/\s+/).at(-1) ?? ""));
  }
  return keys;
}

function overlapsKnown(known: readonly EntityMention[], paragraph: number, index: number, length: number): boolean {
  return known.some(
    (mention) => mention.paragraph === paragraph && mention.index < index + length && index < mention.index + mention.text.length,
  );
}

// "Fuad Hussein … Hussein said": the bare surname is the same person as the full name already listed.
function withoutBareSurnames(candidates: NameCandidate[]): NameCandidate[] {
  const fullNames = candidates.filter((candidate) => candidate.type === "person" && /\s/.test(candidate.text));
  const surnameKeys = new Set(fullNames.map((candidate) => transliterationKey(candidate.text.split(/\s+/).at(-1) ?? "")));
  return candidates.filter(
    (candidate) => candidate.type !== "person" || /\s/.test(candidate.text) || !surnameKeys.has(transliterationKey(candidate.text)),
  );
}

function paragraphStarts(paragraphs: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const paragraph of paragraphs) {
    starts.push(offset);
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  }
  return starts;
}

/** 1-based paragraph holding a report-wide offset. */
function paragraphAt(starts: readonly number[], offset: number): number {
  let paragraph = 1;
  while (paragraph < starts.length && starts[paragraph] <= offset) paragraph += 1;
  return paragraph;
}
