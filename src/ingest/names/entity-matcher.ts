import { buildFormTable, keyOfTokens, type FormTable } from "./entity-forms.ts";
import { ENTITY_KINDS, type EntityType } from "../../archive/entity-kinds.ts";
import type { EntityRecord } from "../../archive/model.ts";
import { looksLikeNamePart } from "./name-descriptors.ts";
import { areAdjacent, canJoin, nameTokens, type NameToken } from "./name-tokens.ts";
import { normaliseWord, wordKey } from "./names.ts";

/** One entity of the archive, as names are matched against it: its record's names, and the kind it is of. */
export type KnownEntity = Pick<EntityRecord, "id" | "name" | "aliases" | "originalScript"> & { type: EntityType };

/** The names of an entity record, and its kind as the matcher names it. */
export function knownEntity({ collection, id, name, aliases, originalScript }: EntityRecord): KnownEntity {
  return { id, type: ENTITY_KINDS[collection].singular, name, aliases, originalScript };
}

/** A known entity named in a report. */
export interface EntityMention {
  id: string;
  type: EntityType;
  /** The entity's own name, whatever spelling the report used. */
  name: string;
  /** The words as written in the report. */
  text: string;
  /** 1-based. */
  paragraph: number;
  /** Character offset of `text` in its paragraph. */
  index: number;
}

/** A name that fits several known entities ("Bagheri" when two Bagheris are known) and that the report does not settle. */
export interface AmbiguousMention {
  text: string;
  paragraph: number;
  index: number;
  /** Ids of every entity the name could be, sorted. */
  candidates: string[];
}

export interface TextPosition {
  paragraph: number;
  index: number;
}

/** Finds the known entity a name refers to; `at` lets a report-aware resolver settle ambiguous surnames. */
export type ResolveName = (name: string, at?: TextPosition) => KnownEntity | null;

export interface EntityMatcher {
  match(paragraphs: readonly string[]): EntityMention[];
  analyse(paragraphs: readonly string[]): { mentions: EntityMention[]; ambiguous: AmbiguousMention[] };
  /** Resolves a name on its own: an ambiguous surname gives null. */
  resolve(name: string): KnownEntity | null;
  /**
   * Resolves names as read in this report: an ambiguous surname goes to the one person named in full before `at`
   * (anywhere in the report when `at` is left out), and stays unresolved when none or several were.
   */
  resolverFor(paragraphs: readonly string[]): ResolveName;
}

interface CandidateSpan {
  text: string;
  index: number;
  candidates: KnownEntity[];
}

interface ReportScan {
  mentions: EntityMention[];
  ambiguous: AmbiguousMention[];
  /** Mentions that named exactly one entity, which later bare surnames can lean on. */
  unambiguous: EntityMention[];
}

export function createEntityMatcher(entities: readonly KnownEntity[]): EntityMatcher {
  const table = buildFormTable(entities);
  // News vocabulary is bounded and words repeat across thousands of reports, so each word's key is worked out once.
  const wordKeys = new Map<string, string>();
  const keyOfWord = (word: string): string => {
    let key = wordKeys.get(word);
    if (key === undefined) {
      key = wordKey(normaliseWord(word));
      wordKeys.set(word, key);
    }
    return key;
  };

  const scan = (paragraphs: readonly string[]): ReportScan => {
    const report: ReportScan = { mentions: [], ambiguous: [], unambiguous: [] };
    paragraphs.forEach((paragraphText, offset) => {
      const paragraph = offset + 1;
      for (const span of findCandidateSpans(paragraphText, table, keyOfWord)) {
        const named = span.candidates.length === 1 ? span.candidates : namedInFullEarlier(span.candidates, report.unambiguous);
        if (named.length !== 1) {
          const candidates = span.candidates.map((candidate) => candidate.id).sort();
          report.ambiguous.push({ text: span.text, paragraph, index: span.index, candidates });
          continue;
        }
        const [entity] = named;
        const mention = { id: entity.id, type: entity.type, name: entity.name, text: span.text, paragraph, index: span.index };
        report.mentions.push(mention);
        if (span.candidates.length === 1) report.unambiguous.push(mention);
      }
    });
    return report;
  };

  const candidatesFor = (name: string): KnownEntity[] => {
    const tokens = withoutLeadingArticle(nameTokens(name));
    if (tokens.length === 0) return [];
    return table.lookup(keyOfTokens(tokens), name.slice(tokens[0].start, tokens[tokens.length - 1].end));
  };

  return {
    match: (paragraphs) => scan(paragraphs).mentions,
    analyse: (paragraphs) => {
      const { mentions, ambiguous } = scan(paragraphs);
      return { mentions, ambiguous };
    },
    resolve: (name) => {
      const candidates = candidatesFor(name);
      return candidates.length === 1 ? candidates[0] : null;
    },
    resolverFor: (paragraphs) => {
      const { unambiguous } = scan(paragraphs);
      return (name, at) => {
        const candidates = candidatesFor(name);
        if (candidates.length <= 1) return candidates[0] ?? null;
        const earlier = at ? unambiguous.filter((mention) => isBefore(mention, at)) : unambiguous;
        const named = namedInFullEarlier(candidates, earlier);
        return named.length === 1 ? named[0] : null;
      };
    },
  };
}

// Leftmost-longest: at each word the longest known form wins and the scan resumes after it, so
// "Iran’s Armed Forces" is one mention of the armed forces and never also a mention of Iran.
function findCandidateSpans(paragraph: string, table: FormTable, keyOfWord: (word: string) => string): CandidateSpan[] {
  const tokens = nameTokens(paragraph);
  const keys = tokens.map((token) => keyOfWord(token.text));
  const joinsNext = tokens.map((token, position) => position + 1 < tokens.length && canJoin(paragraph, token, tokens[position + 1]));
  const spans: CandidateSpan[] = [];
  let first = 0;
  while (first < tokens.length) {
    const found = longestSpanAt(first);
    if (found?.span) spans.push(found.span);
    first = found ? found.last + 1 : first + 1;
  }
  return spans;

  // A span that turns out to be part of an unknown person's name is still consumed (span: null), so that its
  // surname is not matched again on its own: "Hafez al-Assad" is neither "al-Assad" nor "Assad".
  function longestSpanAt(first: number): { span: CandidateSpan | null; last: number } | null {
    const ends: Array<{ last: number; key: string }> = [];
    let key = "";
    for (let last = first; last < tokens.length && last - first < table.longestSpan; last++) {
      if (last > first && !joinsNext[last - 1]) break;
      key += keys[last];
      // A span never ends on an article: "Bagheri al" is not a name.
      if (keys[last] !== "") ends.push({ last, key });
    }
    for (const { last, key: spanKey } of ends.reverse()) {
      const index = tokens[first].start;
      const text = paragraph.slice(index, tokens[last].end);
      const candidates = table.lookup(spanKey, text);
      if (candidates.length === 0) continue;
      if (isPartOfAnotherName(first, last, candidates)) return { span: null, last };
      return { span: { text, index, candidates }, last };
    }
    return null;
  }

  // "Ahmad Bagheri" or "Bagheri Kani" is not Mohammad Bagheri: a bare surname flanked by another
  // capitalised name word belongs to a person the archive does not know.
  function isPartOfAnotherName(first: number, last: number, candidates: readonly KnownEntity[]): boolean {
    const meaningfulWords = keys.slice(first, last + 1).filter((key) => key !== "").length;
    if (meaningfulWords !== 1 || !candidates.every((candidate) => candidate.type === "person")) return false;
    return isNameWordNextTo(tokens[first - 1], tokens[first]) || isNameWordNextTo(tokens[last + 1], tokens[last]);
  }

  function isNameWordNextTo(neighbour: NameToken | undefined, edge: NameToken): boolean {
    if (!neighbour) return false;
    const [left, right] = neighbour.start < edge.start ? [neighbour, edge] : [edge, neighbour];
    return areAdjacent(paragraph, left, right) && looksLikeNamePart(neighbour.text);
  }
}

function namedInFullEarlier(candidates: readonly KnownEntity[], earlier: readonly EntityMention[]): KnownEntity[] {
  return candidates.filter((candidate) => earlier.some((mention) => mention.id === candidate.id));
}

function isBefore(mention: EntityMention, at: TextPosition): boolean {
  return mention.paragraph < at.paragraph || (mention.paragraph === at.paragraph && mention.index < at.index);
}

// "the Fars news agency" names Fars News Agency.
function withoutLeadingArticle(tokens: NameToken[]): NameToken[] {
  return tokens.length > 1 && normaliseWord(tokens[0].text) === "the" ? tokens.slice(1) : tokens;
}
