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

/** An archive writes the same few thousand words again and again: each is normalised once per build. */
const normalised = new Map<string, string>();
function normalise(word: string): string {
  let normal = normalised.get(word);
  if (normal === undefined) normalised.set(word, (normal = normaliseForSearch(word)));
  return normal;
}

/** A text's words as written, each with its normalised form (a run of letters, digits and joining marks). */
function words(text: string): { written: string; normal: string }[] {
  return (text.match(/[\p{L}\p{N}\p{M}\u0640\u200c\u200d]+/gu) ?? [])
    .map((written) => ({ written, normal: normalise(written) }))
    .filter((word) => /[\p{L}\p{N}]/u.test(word.normal));
}

type Words = ReturnType<typeof words>;

/** A name's words, normalised. */
const normalWords = (name: string) => words(name).map((w) => w.normal);

/** Every run of `text` that reads as `form` once normalised, as written there. */
function writtenAs(text: Words, form: string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i + form.length <= text.length; i++) {
    if (form.every((word, j) => text[i + j]!.normal === word))
      found.push(
        text
          .slice(i, i + form.length)
          .map((w) => w.written)
          .join(" "),
      );
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
  const addVariants = (text: Words) => {
    for (const { written, normal } of text) {
      const lower = written.toLowerCase();
      if (lower !== normal) variants.set(normal, (variants.get(normal) ?? new Set()).add(lower));
    }
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
