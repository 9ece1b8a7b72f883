import type { KnownEntity } from "./entity-matcher.ts";
import { nameTokens, type NameToken } from "./name-tokens.ts";
import { normaliseWord, wordKey } from "./names.ts";

/** Every written form of every known entity, indexed by transliteration key. */
export interface FormTable {
  /** The entities a span of text can name; `writtenAs` is the span as written, needed for acronyms. */
  lookup(key: string, writtenAs: string): KnownEntity[];
  /** The most tokens a text span can need to spell a form, so scanning can stop early. */
  longestSpan: number;
}

interface Form {
  entity: KnownEntity;
  /** Set for all-capital acronyms, which only match the same capitals: "US" is not "us", "IRIB" is not "Irib". */
  acronymLetters: string | null;
}

// Spellings of one form may take a few more tokens than the form itself ("Abd al-Lah" for "Abdullah").
const EXTRA_TOKENS_IN_VARIANT_SPELLINGS = 2;

export function keyOfTokens(tokens: readonly NameToken[]): string {
  return tokens.map((token) => wordKey(normaliseWord(token.text))).join("");
}

export function buildFormTable(entities: readonly KnownEntity[]): FormTable {
  const formsByKey = new Map<string, Form[]>();
  let longestForm = 1;
  for (const entity of entities) {
    for (const written of writtenForms(entity)) {
      const tokens = nameTokens(written);
      const key = keyOfTokens(tokens);
      if (key === "") continue;
      longestForm = Math.max(longestForm, tokens.length);
      const acronymLetters = tokens.length === 1 && isAcronym(written) ? lettersOf(written) : null;
      const forms = formsByKey.get(key) ?? [];
      forms.push({ entity, acronymLetters });
      formsByKey.set(key, forms);
    }
  }
  return {
    longestSpan: longestForm + EXTRA_TOKENS_IN_VARIANT_SPELLINGS,
    lookup(key, writtenAs) {
      const forms = formsByKey.get(key);
      // Most spans of a paragraph name nothing; return before doing any work for them.
      if (forms === undefined) return [];
      const letters = forms.some((form) => form.acronymLetters !== null) ? lettersOf(writtenAs) : "";
      const entities = forms.filter((form) => form.acronymLetters === null || form.acronymLetters === letters).map((form) => form.entity);
      return [...new Set(entities)];
    },
  };
}

// A person's bare surname names them in later references ("Bagheri said"), whether or not the
// record lists it, and it is what makes two people who share a surname ambiguous.
function writtenForms(entity: KnownEntity): string[] {
  const forms = [entity.name, ...entity.aliases, ...entity.originalScript];
  if (entity.type !== "person") return forms;
  const meaningfulTokens = nameTokens(entity.name).filter((token) => keyOfTokens([token]) !== "");
  const surname = meaningfulTokens.at(-1);
  if (meaningfulTokens.length > 1 && surname) forms.push(surname.text);
  return forms;
}

function isAcronym(written: string): boolean {
  return !/\p{Ll}/u.test(written) && /\p{Lu}.*\p{Lu}/u.test(written);
}

function lettersOf(text: string): string {
  return text.replace(/[^\p{L}]/gu, "");
}
