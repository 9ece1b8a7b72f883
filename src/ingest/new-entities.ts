import { readFileSync } from "node:fs";
import path from "node:path";
import { parseDocument, stringify, YAMLSeq } from "yaml";
import { collectionOfType, perEntityCollection } from "../archive/entity-kinds.ts";
import type { ArticleDraft } from "./drafting/article-draft.ts";
import { slugify } from "../archive/slugs.ts";
import type { ArchiveIndex } from "./archive-index.ts";
import { entityFileSchemas, schemaProblems } from "./content-schemas.ts";
import { IngestError } from "./ingest-result.ts";
import { nameKeys, PROVISIONAL_ID, type NewName } from "./names/new-names.ts";
import { createEntityMatcher, type EntityMatcher, type EntityMention } from "./names/entity-matcher.ts";
import { proposeCoordinates, type CoordinateProposal } from "./places/propose-coordinates.ts";

const YAML_OPTIONS = { lineWidth: 0 } as const;

/** A draft entity file the commit of one report writes or extends. */
export interface EntityWrite {
  id: string;
  file: string;
  text: string;
  action: "created" | "attached";
  /** For a new draft place: the coordinates proposed from the gazetteer, or why none were. */
  coordinates?: CoordinateProposal;
}

// Bidirectional controls and other invisible format characters never enter a name or a file name.
const FORMAT_CHARACTERS = /[\p{Cf}]/gu;

function clean(text: string): string {
  return text.replace(FORMAT_CHARACTERS, "").replace(/\s+/g, " ").trim();
}

function uniqueId(base: string, taken: (id: string) => boolean): string {
  if (!taken(base)) return base;
  let n = 2;
  while (taken(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/**
 * Gives each new name of a report its entity: the archive entity it matches by any form or core (a draft an
 * earlier report made, extended with this report's forms and findings), or a new draft entity file. Returns the
 * provisional-to-real id map and the files to write; the index learns the new drafts at once, so the next report
 * of the batch attaches to them.
 */
export function planNewEntities(
  input: string,
  names: readonly NewName[],
  article: string,
  index: ArchiveIndex,
): { ids: Map<string, string>; writes: EntityWrite[]; apply: () => void } {
  const ids = new Map<string, string>();
  const writes: EntityWrite[] = [];
  // The index learns nothing until the report's files are written: a report that fails leaves no draft behind it.
  const changes: Array<() => void> = [];
  const localKeys = new Map<string, string[]>();
  const localFiles = new Map<string, { file: string; draft: boolean }>();
  const localNames = new Map<string, string[]>();
  const idsOfKey = (key: string) => [...(index.entityKeys.get(key) ?? []), ...(localKeys.get(key) ?? [])];
  const learn = (id: string, type: NewName["type"], forms: readonly string[]) => {
    for (const key of nameKeys(type, forms)) {
      if (!idsOfKey(key).includes(id)) localKeys.set(key, [...(localKeys.get(key) ?? []), id]);
    }
  };
  // A dateline's country is an id the archive knows, or another new name of this report (already given its id).
  const countryOf = (name: NewName) =>
    name.country === undefined ? undefined : (ids.get(name.country) ?? (index.entities.has(name.country) ? name.country : undefined));
  // A country's names tell the gazetteer where to look: an archive record's, or a new name's of this report.
  const countryNames = (id: string | undefined) => {
    if (id === undefined) return undefined;
    const known = index.entities.get(id);
    return known ? [known.name, ...known.aliases] : localNames.get(id);
  };
  for (const name of names) {
    const forms = [...new Set(name.forms.map(clean).filter((form) => form !== ""))];
    if (forms.length === 0) continue;
    const keys = nameKeys(name.type, forms);
    const matched = [...new Set(keys.flatMap(idsOfKey))];
    const findings = name.foundIn.map((found) => ({ article, paragraph: found.paragraph, text: clean(found.text) }));
    const collection = collectionOfType(name.type);
    if (matched.length === 1) {
      const id = matched[0]!;
      ids.set(name.id, id);
      const known = index.entityFiles.get(id) ?? localFiles.get(id);
      if (!known?.draft) continue;
      const earlier = writes.find((write) => write.id === id);
      const current = earlier?.text ?? index.entityText.get(id) ?? readFileSync(known.file, "utf8");
      const country = countryOf(name);
      const text = extendDraft(current, forms, findings, { country, kind: name.kind });
      if (text === current) continue;
      if (country && country !== id) changes.push(() => void (index.placeCountry.has(id) || index.placeCountry.set(id, country)));
      if (name.kind === "city") changes.push(() => void index.cityIds.add(id));
      if (name.kind === "country") changes.push(() => void index.countryIds.add(id));
      if (earlier) earlier.text = text;
      else writes.push({ id, file: known.file, text, action: "attached" });
      learn(id, name.type, forms);
      continue;
    }
    // Two archive entities fit (a name shared by two people): the report's name is not settled; no draft.
    if (matched.length > 1) continue;
    const taken = (id: string) => index.entities.has(id) || index.entityFiles.has(id) || localFiles.has(id);
    const id = uniqueId(slugify(forms[0]!) || `${name.type}-${index.entities.size + 1}`, taken);
    ids.set(name.id, id);
    const country = countryOf(name);
    const type = name.type;
    // Only a new place gets proposed coordinates: a file already in the archive is never rewritten for them.
    const coordinates =
      collection === "places" && name.kind !== "country"
        ? proposeCoordinates({ names: forms, kind: name.kind, countryNames: countryNames(country) })
        : undefined;
    const data = {
      name: forms[0]!,
      aliases: forms.slice(1),
      ...(name.kind ? { kind: name.kind } : {}),
      ...(country ? { country } : {}),
      ...(coordinates && "lat" in coordinates ? { ...coordinates, coordinatesProposed: true } : {}),
      draft: true,
      foundIn: findings,
    };
    const parsed = entityFileSchemas[collection].safeParse(data);
    if (!parsed.success)
      throw new IngestError(
        `${input}: the draft ${name.type} ${id} it names does not validate (${schemaProblems(parsed.error.issues, name.type)})`,
      );
    const file = path.join(index.contentDir, collection, `${id}.yaml`);
    const text = stringify(data, YAML_OPTIONS);
    writes.push({ id, file, text, action: "created", ...(coordinates ? { coordinates } : {}) });
    localFiles.set(id, { file, draft: true });
    localNames.set(id, forms);
    const isCity = name.kind === "city";
    changes.push(() => {
      const entity = { id, type, name: forms[0]!, aliases: forms.slice(1), originalScript: [] };
      index.entities.set(id, entity);
      index.createdThisRun.push(entity);
      index.entityFiles.set(id, { file, draft: true });
      if (isCity) index.cityIds.add(id);
      if (name.kind === "country") index.countryIds.add(id);
      if (country) index.placeCountry.set(id, country);
    });
    learn(id, name.type, forms);
  }
  const apply = () => {
    for (const change of changes) change();
    for (const write of writes) index.entityText.set(write.id, write.text);
    for (const [key, listed] of localKeys) index.entityKeys.set(key, [...new Set([...(index.entityKeys.get(key) ?? []), ...listed])]);
  };
  return { ids, writes, apply };
}

/** A draft entity file with this report's forms added to its aliases and its findings to `foundIn`, the rest kept. */
function extendDraft(
  yamlText: string,
  forms: readonly string[],
  findings: ReadonlyArray<{ article: string; paragraph: number; text: string }>,
  { country, kind }: { country?: string | undefined; kind?: string | undefined },
): string {
  const document = parseDocument(yamlText);
  // A later dateline ("LANSHUI, China") says the country or the kind an earlier report did not.
  const addsCountry = country !== undefined && !document.has("country");
  if (addsCountry) document.set("country", country);
  const addsKind = kind !== undefined && !document.has("kind");
  if (addsKind) document.set("kind", kind);
  const name = String(document.get("name") ?? "");
  const aliases = (document.get("aliases") as YAMLSeq | undefined)?.toJSON() as string[] | undefined;
  const newForms = forms.filter((form) => form !== name && !(aliases ?? []).includes(form));
  if (newForms.length > 0) document.set("aliases", [...(aliases ?? []), ...newForms]);
  const foundIn = ((document.get("foundIn") as YAMLSeq | undefined)?.toJSON() ?? []) as Array<{ article: string; paragraph: number }>;
  const added = findings.filter((f) => !foundIn.some((g) => g.article === f.article && g.paragraph === f.paragraph));
  if (added.length > 0) document.set("foundIn", [...foundIn, ...added]);
  return newForms.length === 0 && added.length === 0 && !addsCountry && !addsKind ? yamlText : document.toString(YAML_OPTIONS);
}

/**
 * The draft with each provisional id of its new names replaced by the entity it was given, in every field that
 * holds an entity id (the entity lists, dateline, citations, quotes, mentions, events). A provisional id left
 * without an entity (a name two archive entities fit) is taken out: from a list, or as a field; a dateline
 * becomes null, a quote keeps its speaker's name as written. Text (paragraphs, titles, phrases) is never touched.
 */
export function withEntityIds(draft: ArticleDraft, ids: ReadonlyMap<string, string>): ArticleDraft {
  if (draft.newNames.length === 0) return draft;
  const one = (id: string): string | undefined => (PROVISIONAL_ID.test(id) ? ids.get(id) : id);
  const list = (idList: readonly string[]): string[] => [...new Set(idList.flatMap((id) => one(id) ?? []))];
  const nameOf = new Map(draft.newNames.map((name) => [name.id, name.name]));
  const { frontmatter } = draft;
  const dateline = frontmatter.dateline === null ? null : (one(frontmatter.dateline) ?? null);
  return {
    ...draft,
    frontmatter: {
      ...frontmatter,
      ...perEntityCollection((collection) => list(frontmatter[collection])),
      dateline,
      cites: frontmatter.cites.flatMap((cite) => {
        const outlet = one(cite.outlet);
        return outlet ? [{ ...cite, outlet }] : [];
      }),
      quotes: frontmatter.quotes.map(({ speaker, ...quote }) => {
        if (speaker === undefined) return quote;
        const id = one(speaker);
        return id ? { ...quote, speaker: id } : { ...quote, speakerName: nameOf.get(speaker) ?? speaker };
      }),
    },
    mentions: draft.mentions.flatMap((mention) => {
      const id = one(mention.id);
      return id ? [{ ...mention, id }] : [];
    }),
    events: draft.events.map(({ place, ...event }) => {
      const id = place === undefined ? undefined : one(place);
      return {
        ...event,
        ...(id ? { place: id } : {}),
        people: list(event.people),
        organizations: list(event.organizations),
        places: list(event.places),
        reportParties: list(event.reportParties),
        reportPlaces: list(event.reportPlaces),
        settings: list(event.settings),
      };
    }),
  };
}

const matchers = new WeakMap<ArchiveIndex, { size: number; matcher: EntityMatcher }>();

/** Where a report names the drafts this run created before it: mentions the drafting threads could not know. */
export function mentionsOfNewDrafts(index: ArchiveIndex, paragraphs: readonly string[]): EntityMention[] {
  if (index.createdThisRun.length === 0) return [];
  let cached = matchers.get(index);
  if (cached?.size !== index.createdThisRun.length) {
    cached = { size: index.createdThisRun.length, matcher: createEntityMatcher(index.createdThisRun) };
    matchers.set(index, cached);
  }
  return cached.matcher.match(paragraphs);
}
