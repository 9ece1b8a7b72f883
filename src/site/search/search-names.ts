import { ENTITY_COLLECTIONS, entityKey } from "../../archive/entity-kinds.ts";
import type { EntityRecord } from "../../archive/model.ts";
import type { Archive } from "../index-archive.ts";
import { normaliseForSearch } from "./normalise-for-search.ts";

/**
 * What the search page needs to find every way of writing a name or a word, written at build time to
 * `/search/names.json`:
 * - `names`: each entity's name, aliases and original-script forms, normalised, to indexes into `forms`;
 * - `forms`: for each entity, the written forms the archive's pages use for it (the fewest that find them all);
 * - `words`: each word of the archive whose written form has letter variants or diacritics, normalised, to the
 *   forms it is written in.
 * The search page looks a query up here and also searches the written forms, so "Baqeri" finds the paragraphs
 * that say "Bagheri", and "محمد باقري" those that say "محمد باقری".
 */
export interface SearchNames {
  names: Record<string, number[]>;
  forms: string[][];
  words: Record<string, string[]>;
}

/**
 * An archive writes the same few thousand words again and again: each is normalised once per build, and kept as
 * `null` when nothing of it is left to search (no letter or digit once normalised).
 */
const normalised = new Map<string, string | null>();
function normalise(word: string): string | null {
  let normal = normalised.get(word);
  if (normal === undefined) {
    const folded = normaliseForSearch(word);
    normalised.set(word, (normal = /[\p{L}\p{N}]/u.test(folded) ? folded : null));
  }
  return normal;
}

/** A text's words as written (runs of letters, digits and joining marks), and each one normalised, in order. */
interface Words {
  written: string[];
  normal: string[];
}

/** A character of a word: a letter, a digit, a combining mark, the Arabic tatweel or a zero-width (non-)joiner. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}\u0640\u200c\u200d]/u;
const isWordCharacter = new Map<number, boolean>();

function inWord(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  let known = isWordCharacter.get(code);
  if (known === undefined) isWordCharacter.set(code, (known = WORD_CHARACTER.test(String.fromCodePoint(code))));
  return known;
}

/**
 * The runs of word characters of a text, in order. Matching a Unicode property class over every character of an
 * archive is the slow part of this file; each character outside ASCII is classified once per build instead.
 */
function wordRuns(text: string): string[] {
  const runs: string[] = [];
  let start = -1;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i)!;
    const next = i + (code > 0xffff ? 2 : 1);
    if (inWord(code)) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      runs.push(text.slice(start, i));
      start = -1;
    }
    i = next;
  }
  if (start >= 0) runs.push(text.slice(start));
  return runs;
}

function words(text: string): Words {
  const found: Words = { written: [], normal: [] };
  for (const written of wordRuns(text)) {
    const normal = normalise(written);
    if (normal === null) continue;
    found.written.push(written);
    found.normal.push(normal);
  }
  return found;
}

/** A name's words, normalised. */
const normalWords = (name: string) => words(name).normal;

/** Every run of `text` that reads as `form` once normalised, as written there. */
function writtenAs(text: Words, form: string[]): string[] {
  const found: string[] = [];
  for (let i = text.normal.indexOf(form[0]!); i >= 0 && i + form.length <= text.normal.length; i = text.normal.indexOf(form[0]!, i + 1)) {
    if (form.every((word, j) => text.normal[i + j] === word)) found.push(text.written.slice(i, i + form.length).join(" "));
  }
  return found;
}

const contains = (longer: string[], shorter: string[]) =>
  longer.length > shorter.length && longer.some((_, i) => shorter.every((word, j) => longer[i + j] === word));

/**
 * The written forms to search for an entity: each of its names as the texts that name it write it, and its own
 * name, leaving out a form that contains another ("Mohammad Bagheri" when "Bagheri" is kept), since a search
 * for the shorter finds every page the longer is on.
 */
function writtenForms(entity: EntityRecord, texts: Words[]): string[] {
  const candidates = [entity.name, ...entity.aliases, ...entity.originalScript].map(normalWords);
  const written = new Map<string, string[]>([[entity.name.toLowerCase(), candidates[0]!]]);
  for (const text of texts) {
    for (const form of candidates) {
      if (form.length === 0) continue;
      for (const run of writtenAs(text, form)) written.set(run.toLowerCase(), form);
    }
  }
  const normals = [...written.values()];
  return [...written]
    .filter(([, normal]) => !normals.some((other) => contains(normal, other)))
    .map(([form]) => form)
    .sort();
}

/** Builds the search's table of names and word variants from the archive (see `SearchNames`). */
export function searchNames(archive: Archive): SearchNames {
  const articleWords = new Map(archive.articles.map((a) => [a.id, words(`${a.title} ${archive.bodies.get(a.id) ?? ""}`)]));
  const eventWords = new Map(archive.events.map((e) => [e.id, words(`${e.title} ${e.summary}`)]));
  const names: Record<string, number[]> = {};
  const forms: string[][] = [];
  const variants = new Map<string, Set<string>>();
  // A word's variants follow from how it is written: each written form is looked at once.
  const seen = new Set<string>();
  const addVariants = (text: Words) => {
    text.written.forEach((written, i) => {
      if (seen.has(written)) return;
      seen.add(written);
      const normal = text.normal[i]!;
      const lower = written.toLowerCase();
      if (lower !== normal) variants.set(normal, (variants.get(normal) ?? new Set()).add(lower));
    });
  };
  for (const text of [...articleWords.values(), ...eventWords.values()]) addVariants(text);

  for (const collection of ENTITY_COLLECTIONS) {
    for (const entity of archive.entities[collection].values()) {
      const key = entityKey(collection, entity.id);
      const texts = [
        ...(archive.articlesMentioning.get(key) ?? []).map((a) => articleWords.get(a.id)!),
        ...(archive.eventsOf.get(key) ?? []).map((e) => eventWords.get(e.id)!),
      ];
      const own = [entity.name, ...entity.aliases, ...entity.originalScript];
      addVariants(words(own.join(" ")));
      const written = writtenForms(entity, texts);
      const keys = [...new Set(own.map((name) => normalWords(name).join(" ")))].filter(Boolean);
      const index = forms.push(written) - 1;
      for (const normal of keys) (names[normal] ??= []).push(index);
    }
  }
  const sortedKeys = <T>(record: Record<string, T>) =>
    Object.fromEntries(
      Object.keys(record)
        .sort()
        .map((k) => [k, record[k]!]),
    );
  return {
    names: sortedKeys(names),
    forms,
    words: sortedKeys(Object.fromEntries([...variants].map(([normal, written]) => [normal, [...written].sort()]))),
  };
}
