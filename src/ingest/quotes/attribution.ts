import type { ResolveName, TextPosition } from "../names/entity-matcher.ts";
import { looksLikeNamePart } from "../names/name-descriptors.ts";

/** Who said or reported something; `id` is set when the name resolves to a known entity. */
export interface Attribution {
  id: string | null;
  /** The entity's own name when known, otherwise the words as written ("the two sides"). */
  name: string;
}

// Words that say a name is a news outlet: "the Fars news agency", "Syrian state TV", "the Associated Press".
const MEDIA_WORDS = new Set(
  (
    "agency broadcaster channel daily journal magazine network news newspaper outlet paper portal post press radio " +
    "service site station television times tv website weekly wire"
  ).split(" "),
);

function wordsOf(phrase: string): string[] {
  return (
    phrase
      .trim()
      .split(/\s+/)
      .map((word) => word.replace(/^[^\p{L}\p{N}ʿʾ]+|[^\p{L}\p{N}.]+$/gu, ""))
      // A full stop ends a sentence, except in an acronym ("U.S.").
      .map((word) => (/^(?:\p{L}\.)+$/u.test(word) ? word : word.replace(/\.+$/, "")))
      .filter((word) => word !== "")
  );
}

function isPossessive(word: string): boolean {
  return /['’]s?$/.test(word);
}

/**
 * The speaker a phrase names. Titles and descriptions come first in English, so the name is the longest
 * resolvable tail ("Syrian Defense Minister Ali Abdullah Ayyoub"), unless the word before that tail is itself
 * part of a name: "Ahmad Bagheri" is not Mohammad Bagheri.
 */
export function attributeSpeaker(phrase: string, resolve: ResolveName, at: TextPosition): Attribution {
  const words = wordsOf(phrase);
  for (let start = 0; start < words.length; start++) {
    const before = words[start - 1];
    if (before !== undefined && looksLikeNamePart(before) && !isPossessive(before)) continue;
    const entity = resolve(words.slice(start).join(" "), at);
    if (entity) return { id: entity.id, name: entity.name };
  }
  return { id: null, name: phrase.trim() };
}

/**
 * The news outlet a phrase names, or null when it names something else (a person, a statement, "diplomats").
 * The outlet's name may sit between descriptions: "the Arabic-language al-Mayadeen news website".
 */
export function attributeOutlet(phrase: string, resolve: ResolveName, at: TextPosition): Attribution | null {
  const whole = resolve(phrase.trim(), at);
  if (whole) return whole.type === "organization" ? { id: whole.id, name: whole.name } : null;
  const words = wordsOf(phrase);
  for (let end = words.length; end > 0; end--) {
    if (end < words.length && !MEDIA_WORDS.has(words[end].toLowerCase())) break;
    for (let start = 0; start < end; start++) {
      const entity = resolve(words.slice(start, end).join(" "), at);
      if (entity?.type === "organization") return { id: entity.id, name: entity.name };
    }
  }
  return looksLikeUnknownOutlet(words) ? { id: null, name: phrase.trim() } : null;
}

// An unknown outlet either says it is one ("Tasnim news agency") or is a proper name of a few capitalised words
// after "the" ("the Guardian", "the Gulf Monitor"), or a single one ("Reuters").
function looksLikeUnknownOutlet(words: readonly string[]): boolean {
  if (words.some((word) => MEDIA_WORDS.has(word.toLowerCase()))) return true;
  const hasArticle = words[0]?.toLowerCase() === "the";
  const named = hasArticle ? words.slice(1) : words;
  const capitalised = named.every((word) => /^\p{Lu}/u.test(word));
  return capitalised && (named.length === 1 || (hasArticle && named.length <= 4 && named.length > 0));
}
