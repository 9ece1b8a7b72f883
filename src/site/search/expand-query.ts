import { normaliseForSearch } from "./normalise-for-search.ts";
import type { SearchNames } from "./search-names.ts";

/** Each expanded term is a search of its own, so a query is expanded to a few at most. */
const MAX_TERMS = 8;

/** Merges the tables of several indexes (an archive split into shards) into one. */
export function mergeSearchNames(tables: SearchNames[]): SearchNames {
  const merged: SearchNames = { names: {}, forms: [], words: {} };
  for (const table of tables) {
    const offset = merged.forms.length;
    merged.forms.push(...table.forms);
    for (const [name, indexes] of Object.entries(table.names)) (merged.names[name] ??= []).push(...indexes.map((i) => i + offset));
    for (const [word, forms] of Object.entries(table.words)) merged.words[word] = [...new Set([...(merged.words[word] ?? []), ...forms])];
  }
  return merged;
}

/** Pagefind reads words in lower case, so terms that differ only in case are one search. */
function uniqueIgnoringCase(terms: string[]): string[] {
  const seen = new Set<string>();
  return terms.filter((term) => !seen.has(term.toLowerCase()) && seen.add(term.toLowerCase()));
}

// The article, conjunctions and prepositions Arabic writes onto a word's front (والاتفاقية، بالوفد), and the
// endings of its feminine and plural forms.
const ARABIC_PREFIX = /^(?:[وف]?(?:[بلك]?ال|لل)|[وف](?=\p{L}{4}))/u;
const ARABIC_SUFFIX = /(?:يه|ات|ان|ين|ون|ها|ه)$/u;

/**
 * An Arabic-script word with its article, glued prepositions and plural or feminine ending taken off, when that
 * leaves enough of it: "الاتفاقية" → "اتفاق", "للتعاون" → "تعاون". Pagefind stems Arabic pages when it indexes them but a
 * query only with the search page's (English) rules, and it matches words by their beginning, so the shorter form
 * finds the word in every form the reports write it.
 */
export function arabicScriptStem(word: string): string | undefined {
  if (!/^[\u0600-\u06ff]+$/u.test(word)) return undefined;
  const bare = word.replace(ARABIC_PREFIX, "");
  const stem = bare.replace(ARABIC_SUFFIX, "").length >= 4 ? bare.replace(ARABIC_SUFFIX, "") : bare;
  return stem !== word && stem.length >= 3 ? stem : undefined;
}

/** The longest run of the query's words that is a name of an entity, and the written forms of that entity. */
function findName(normal: string[], names: SearchNames): { start: number; end: number; forms: string[] } | undefined {
  for (let length = normal.length; length > 0; length--) {
    for (let start = 0; start + length <= normal.length; start++) {
      const indexes = names.names[normal.slice(start, start + length).join(" ")];
      if (indexes) return { start, end: start + length, forms: [...new Set(indexes.flatMap((i) => names.forms[i] ?? []))] };
    }
  }
  return undefined;
}

export interface ExpandedQuery {
  /** The searches to run, the query as typed first. */
  terms: string[];
  /** Whether the query names an entity, so that its results are ordered by kind. */
  namesEntity: boolean;
}

/**
 * The searches that together answer a query: the query as typed first, then the query with a name it contains
 * replaced by each written form of that entity ("Baqeri" → "bagheri"), and each word written with letter
 * variants or diacritics replaced by the forms the archive writes it in ("محمد باقري" → "محمد باقری").
 */
export function expandQuery(query: string, names: SearchNames): ExpandedQuery {
  const typed = query.trim().split(/\s+/).filter(Boolean);
  if (typed.length === 0) return { terms: [], namesEntity: false };
  // A quoted phrase is Pagefind's exact-phrase search: it is searched as typed.
  if (query.includes('"')) return { terms: [typed.join(" ")], namesEntity: false };
  const normal = typed.map((word) =>
    normaliseForSearch(word)
      .replace(/[^\p{L}\p{N}]+/gu, " ")
      .trim(),
  );
  const name = findName(normal, names);
  const choices: string[][] = [];
  for (let i = 0; i < typed.length; i++) {
    if (name && i === name.start) choices.push(name.forms);
    if (name && i >= name.start && i < name.end) continue;
    const word = normal[i]!;
    const written = names.words[word] ?? [];
    const stem = arabicScriptStem(word);
    choices.push(uniqueIgnoringCase([typed[i]!, ...(word ? [word] : []), ...written, ...(stem ? [stem] : [])]));
  }
  let partial: string[] = [""];
  for (const options of choices) {
    partial = partial.flatMap((head) => options.map((option) => (head ? `${head} ${option}` : option))).slice(0, MAX_TERMS);
  }
  return { terms: uniqueIgnoringCase([typed.join(" "), ...partial]).slice(0, MAX_TERMS), namesEntity: name !== undefined };
}
