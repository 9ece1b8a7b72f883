import type { EntityType } from "../../archive/entity-kinds.ts";
import type { Dateline } from "../raw-report/dateline.ts";
import { createEntityMatcher, type EntityMention, type EntityMatcher, type KnownEntity } from "./entity-matcher.ts";
import { coreOfName, surnameForms, type NameCandidate } from "./name-candidates.ts";
import { transliterationKey } from "./names.ts";

/**
 * A name the archive does not know, found in one report, that the commit turns into a draft entity (or attaches
 * to the draft of the same name an earlier report made). Its `id` is provisional until then.
 */
export interface NewName {
  /** Provisional id, `~new-1`, …: the commit replaces it everywhere with the draft entity's id. */
  id: string;
  type: EntityType;
  /** The fullest form written. */
  name: string;
  /** Every form the report writes it in, the name first. */
  forms: string[];
  /** Each paragraph it appears in, with the words as written there. */
  foundIn: Array<{ paragraph: number; text: string }>;
  /** The kind of place or organization, when the report says: a dateline's city, an agency in a dateline. */
  kind?: string;
  /** The country of a dateline's city (an id, known or provisional). */
  country?: string;
}

export const PROVISIONAL_ID = /^~new-\d+$/;

/** The keys a name is matched under across reports: each form and, for a body, its core ("Defence Ministry" → "Ministry of Defense"). */
export function nameKeys(type: EntityType, forms: readonly string[]): string[] {
  return [...new Set(forms.flatMap((form) => [transliterationKey(form), transliterationKey(coreOfName(form, type))]))]
    .filter((key) => key !== "")
    .map((key) => `${type}:${key}`);
}

const coresOf = new WeakMap<ReadonlyMap<string, KnownEntity>, Set<string>>();

/** Whether a name (by any of its keys, its core included) is one of the known entities': a new body whose core is a known one's is not new. */
export function isKnownName(entities: ReadonlyMap<string, KnownEntity>, type: EntityType, text: string): boolean {
  let cores = coresOf.get(entities);
  if (!cores) {
    cores = new Set([...entities.values()].flatMap((entity) => nameKeys(entity.type, [entity.name, ...entity.aliases])));
    coresOf.set(entities, cores);
  }
  return nameKeys(type, [text]).some((key) => cores.has(key));
}

/** "TEHRAN" → "Tehran", "SAO PAULO" → "Sao Paulo": a dateline's capitals as a name is written. */
function titleCase(words: string): string {
  return words.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (letter) => letter.toUpperCase());
}

// A parenthesised dateline detail that names an outlet, not a time ("5:30 P.M.") or a date.
const OUTLET_DETAIL = /^\p{Lu}[\p{L}.&' -]{1,40}$/u;
const NOT_AN_OUTLET = /\b(?:A\.?M|P\.?M|GMT|UTC)\b|\d/;

function newName(names: NewName[], type: EntityType, text: string, extra: Partial<NewName> = {}): NewName {
  const keys = new Set(nameKeys(type, [text]));
  const same = names.find((name) => name.type === type && nameKeys(type, name.forms).some((key) => keys.has(key)));
  if (same) {
    if (!same.forms.includes(text)) same.forms.push(text);
    return same;
  }
  const created: NewName = { id: `~new-${names.length + 1}`, type, name: text, forms: [text], foundIn: [], ...extra };
  names.push(created);
  return created;
}

/**
 * What a dateline names: its city when the archive knows it (`place`, "BEIRUT, LEBANON" → Beirut), and as new
 * names what it does not know (the city, of kind city, with its country; the country; the agency in parentheses).
 */
export function datelineNames(
  dateline: Dateline | null,
  paragraph: number,
  matcher: EntityMatcher,
  isKnown: (type: EntityType, text: string) => boolean,
): { place: string | null; names: NewName[] } {
  const names: NewName[] = [];
  if (!dateline) return { place: null, names };
  const [cityPart = "", countryPart] = dateline.place.split(",").map((part) => part.trim());
  const known = (text: string) => matcher.resolve(titleCase(text)) ?? matcher.resolve(text);
  const seen = (text: string) => ({ foundIn: [{ paragraph, text }] });
  // The agency in parentheses is named whether or not the archive knows the city: "TEHRAN (IRNA)".
  const { detail } = dateline;
  if (detail && OUTLET_DETAIL.test(detail) && !NOT_AN_OUTLET.test(detail) && !known(detail) && !isKnown("organization", detail)) {
    newName(names, "organization", detail, { kind: "news agency", ...seen(detail) });
  }
  const city = known(cityPart);
  if (city) return { place: city.type === "place" ? city.id : null, names };
  const countryKnown = countryPart ? known(countryPart) : null;
  const country =
    countryKnown?.type === "place"
      ? countryKnown.id
      : countryPart
        ? newName(names, "place", titleCase(countryPart), { kind: "country", ...seen(countryPart) }).id
        : undefined;
  if (cityPart) newName(names, "place", titleCase(cityPart), { kind: "city", ...seen(cityPart), ...(country ? { country } : {}) });
  return { place: null, names };
}

const DIVISION_WORD = /^(.+?)\s+(?:Province|Region|District|County|Prefecture|Governorate|State)$/u;

/** The report's new names: the dateline's, then the candidates, each bare surname folded into its full name. */
export function collectNewNames(candidates: readonly NameCandidate[], fromDateline: readonly NewName[]): NewName[] {
  const names = fromDateline.map((name) => ({ ...name, forms: [...name.forms], foundIn: [...name.foundIn] }));
  const full = candidates.filter((c) => c.type !== "person" || /\s/.test(c.text));
  for (const candidate of full) {
    // "Jiangxi Province" is Jiangxi, also written with the word for what it is.
    const bare = candidate.type === "place" ? DIVISION_WORD.exec(candidate.text)?.[1] : undefined;
    const kind = candidate.kind ?? (bare ? "region" : undefined);
    const name = newName(names, candidate.type, bare ?? candidate.text, kind ? { kind } : {});
    if (bare && !name.forms.includes(candidate.text)) name.forms.push(candidate.text);
    name.kind ??= kind;
  }
  for (const candidate of candidates) {
    if (full.includes(candidate)) continue;
    const key = transliterationKey(candidate.text);
    const whole = names.find((name) => name.type === "person" && surnameForms(name.name).some((form) => transliterationKey(form) === key));
    if (whole) whole.forms.push(candidate.text);
    else newName(names, candidate.type, candidate.text);
  }
  return names;
}

/** Where the report names each new name (every form, any paragraph not skipped), as mentions with provisional ids. */
export function newNameMentions(
  paragraphs: readonly string[],
  names: readonly NewName[],
  known: readonly EntityMention[],
  skipped: ReadonlySet<number>,
): EntityMention[] {
  if (names.length === 0) return [];
  // A person named in full is later called by one word: the last, or the first in Chinese order ("Wang Jianhua … Wang said").
  const aliasesOf = (name: NewName) => [...name.forms.slice(1), ...(name.type === "person" ? surnameForms(name.name) : [])];
  const matcher = createEntityMatcher(
    names.map((name) => ({ id: name.id, type: name.type, name: name.name, aliases: aliasesOf(name), originalScript: [] })),
  );
  const mentions = matcher
    .match(paragraphs)
    .filter(
      (m) =>
        !skipped.has(m.paragraph) &&
        !known.some((k) => k.paragraph === m.paragraph && k.index < m.index + m.text.length && m.index < k.index + k.text.length),
    );
  for (const name of names) {
    for (const mention of mentions) {
      if (mention.id !== name.id) continue;
      if (!name.forms.includes(mention.text)) name.forms.push(mention.text);
      if (!name.foundIn.some((f) => f.paragraph === mention.paragraph))
        name.foundIn.push({ paragraph: mention.paragraph, text: mention.text });
    }
  }
  return mentions;
}
