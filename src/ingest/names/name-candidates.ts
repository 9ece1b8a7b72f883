import nlp from "compromise";
import type { EntityMention } from "./entity-matcher.ts";
import { ENTITY_COLLECTIONS, ENTITY_KINDS, type EntityCollection, type EntityType } from "../../archive/entity-kinds.ts";
import { isDescriptorWord } from "./name-descriptors.ts";
import { transliterationKey } from "./names.ts";
import { outletType, wordedNames, type FoundName } from "./worded-names.ts";

/** A name the archive does not know yet, for an editor to review; nothing is created from it. */
export interface NameCandidate {
  text: string;
  type: EntityType;
  /** 1-based paragraph of its first appearance. */
  paragraph: number;
  /** The kind the wording gives ("Lanshui, a city in …"). */
  kind?: string;
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
export function findNameCandidates(
  paragraphs: readonly string[],
  known: readonly EntityMention[],
  options: { skipped?: ReadonlySet<number>; isKnown?: (type: EntityType, text: string) => boolean } = {},
): NameCandidate[] {
  const skipped = options.skipped ?? new Set<number>();
  const isKnown = options.isKnown ?? (() => false);
  const starts = paragraphStarts(paragraphs);
  // One compromise pass over the whole report: parsing is the expensive part, and sentences never span paragraphs.
  // Sentences that can hold no unknown name are blanked first (same length, so offsets stay true).
  const doc = nlp(paragraphs.map((text, i) => withoutNamelessSentences(text, i + 1, known)).join(PARAGRAPH_SEPARATOR), INSTITUTIONS);
  const found = [...ENTITY_COLLECTIONS.flatMap((collection) => namesOfKind(doc, collection)), ...wordedNames(paragraphs, starts)].sort(
    (a, b) => a.start - b.start,
  );

  const knownKeys = keysOfKnownNames(known);
  const candidates: NameCandidate[] = [];
  const seen = new Set<string>();
  for (const name of found) {
    const paragraph = paragraphAt(starts, name.start);
    const index = name.start - starts[paragraph - 1];
    const paragraphText = paragraphs[paragraph - 1];
    if (skipped.has(paragraph)) continue;
    const shaped = shapeName(paragraphText, index, name.end - starts[paragraph - 1], name.type);
    if (!shaped) continue;
    const { text } = shaped;
    const type = outletType(paragraphText, shaped.index, shaped.index + text.length) ?? name.type;
    const key = transliterationKey(text);
    if (knownKeys.has(key) || isKnown(type, text) || seen.has(`${type}:${key}`)) continue;
    if (overlapsKnown(known, paragraph, shaped.index, text.length)) continue;
    seen.add(`${type}:${key}`);
    candidates.push({ text, type, paragraph, ...(name.kind ? { kind: name.kind } : {}) });
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
    keys.add(transliterationKey(coreOfName(mention.name, mention.type)));
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

// "Fuad Hussein … Hussein said", "Wang Jianhua … Wang said": the bare surname (last or, in Chinese order, first
// word) is the same person as the full name already listed.
function withoutBareSurnames(candidates: NameCandidate[]): NameCandidate[] {
  const fullNames = candidates.filter((candidate) => candidate.type === "person" && /\s/.test(candidate.text));
  const surnameKeys = new Set(fullNames.flatMap((candidate) => surnameForms(candidate.text).map(transliterationKey)));
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

/** The words a person named in full is later called by alone: the last word, or the first in Chinese, Korean or Hungarian order. */
export function surnameForms(fullName: string): string[] {
  const words = fullName.split(/\s+/).filter((word) => word !== "");
  return words.length > 1 ? [words.at(-1)!, words[0]!] : [];
}

// Small words inside a name: Ministry of Water Resources, Abu Bakr al-Baghdadi, Council for Trade and Industry.
const NAME_CONNECTORS = new Set([
  "of",
  "for",
  "and",
  "the",
  "al",
  "el",
  "bin",
  "ibn",
  "bint",
  "de",
  "da",
  "do",
  "dos",
  "van",
  "von",
  "der",
  "la",
  "le",
]);
const NAME_WORD = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;

/**
 * The name as a reader writes it, from what compromise marked: "the Chinese city of Lanshui" is Lanshui,
 * "Jiangxi province" Jiangxi, "Water Resources" after "Ministry of" the Ministry of Water Resources,
 * "Brazil's Coffee Exporters Council" the Coffee Exporters Council; a mark with no proper name in it
 * ("Syrian capital", "July") is none.
 */
export function shapeName(paragraph: string, start: number, end: number, type: EntityType): { text: string; index: number } | null {
  const words = [...paragraph.slice(start, end).matchAll(NAME_WORD)].map((m) => ({
    text: m[0],
    start: start + m.index,
    end: start + m.index + m[0].length,
  }));
  // Keep the last run of capitalised words (connectors inside it allowed): lower-case words describe, they do not name.
  let first = words.length;
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i]!;
    if (isCapitalised(word.text) && !(type !== "person" && POSSESSIVE_ENDING.test(word.text) && i < words.length - 1)) first = i;
    else if (NAME_CONNECTORS.has(word.text.toLowerCase()) && first < words.length && i > 0) continue;
    else break;
  }
  let run = words.slice(first);
  while (run.length > 0 && NAME_CONNECTORS.has(run[0]!.text.toLowerCase())) run = run.slice(1);
  if (type !== "person") {
    // Leading nationality or possessive owner is not part of the body's name when more words follow ("Brazil's Coffee Exporters Council").
    while (run.length > 1 && POSSESSIVE_ENDING.test(run[0]!.text)) run = run.slice(1);
  }
  if (run.length === 0) return null;
  let from = run[0]!.start;
  const to = run.at(-1)!.end - (POSSESSIVE_ENDING.exec(run.at(-1)!.text)?.[0].length ?? 0);
  // "Ministry of" before an organization's name is part of it.
  if (type === "organization") {
    const before = /(?:^|[\s(])((?:\p{Lu}[\p{L}\p{M}-]*\s+)+(?:of|for)\s+)$/u.exec(paragraph.slice(Math.max(0, from - 60), from));
    if (before) from -= before[1]!.length;
  }
  const text = paragraph.slice(from, to).trim();
  if (text === "" || !/^\p{Lu}/u.test(text)) return null;
  const nameWords = text.split(/[\s-]+/).filter((w) => !NAME_CONNECTORS.has(w.toLowerCase()));
  if (nameWords.length === 0 || nameWords.every((w) => isDescriptorWord(w.replace(POSSESSIVE_ENDING, "")))) return null;
  return { text, index: from };
}

// Arabic names join the article to the next word in lower case: al-Assad, el-Sisi, ad-Din, bin-Salman.
const ARTICLE_PREFIXED = /^(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|bin|ibn|abu)-\p{Lu}/u;

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || ARTICLE_PREFIXED.test(word);
}

/**
 * What a body is called without its owner or nationality and in one word order: "Syrian Defence Ministry",
 * "the Defense Ministry" and "Ministry of Defense" share "Ministry of Defense"; other kinds of name are unchanged.
 */
export function coreOfName(name: string, type: EntityType): string {
  if (type !== "organization") return name;
  let words = name.replace(/^the\s+/i, "").split(/\s+/);
  while (words.length > 1 && (isDescriptorWord(words[0]!) || POSSESSIVE_ENDING.test(words[0]!))) words = words.slice(1);
  let core = words.join(" ").replace(/\bDefence\b/g, "Defense");
  const reordered = /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?)\s+(Ministry|Council|Committee|Agency|Office|Department)$/u.exec(core);
  if (reordered) core = `${reordered[2]} of ${reordered[1]}`;
  return core;
}
