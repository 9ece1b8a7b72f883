import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { ENTITY_COLLECTIONS } from "../archive/entity-kinds.ts";
import type { ArticleRecord } from "../archive/model.ts";
import { readArticleFile, readEntityFile, readEventFile } from "./content-files.ts";
import { knownEntity, type KnownEntity } from "./names/entity-matcher.ts";
import type { Footprint, KnownEvent } from "./corroboration.ts";
import { nameKeys } from "./names/new-names.ts";

/** An event of the archive; `text` holds its file's content once this run has written or planned it. */
export interface IndexedEvent extends KnownEvent {
  file: string;
  text?: string;
}

/** What the ingest command needs to know of the archive it writes into. */
export interface ArchiveIndex {
  contentDir: string;
  articlesDir: string;
  entities: Map<string, KnownEntity>;
  cityIds: Set<string>;
  /** Ids of places that are countries: too wide to tell one happening from another on their own. */
  countryIds: Set<string>;
  /** The country each place lies in, by place id. */
  placeCountry: Map<string, string>;
  /** Existing articles by the sha256 of their raw text, to recognise a report already ingested. */
  articleBySha: Map<string, string>;
  /** Existing article files by id (file name without extension). */
  articleById: Map<string, string>;
  /** The raw file name each existing article was ingested from, by id. */
  articleSourceFile: Map<string, string>;
  /** Each entity's file, and whether it is a draft the ingest may extend. */
  entityFiles: Map<string, { file: string; draft: boolean }>;
  /** Draft entity files as this run has written or planned them, by id. */
  entityText: Map<string, string>;
  /** Entity ids by `type:key` of each name, alias and core: where a new name finds the entity it already is. */
  entityKeys: Map<string, string[]>;
  /** Draft entities this run created, which the drafting threads did not know: the commit looks for them itself. */
  createdThisRun: KnownEntity[];
  /** The people, organizations and places each article names, by article id: the footprints of the events it reports. */
  articleNames: Map<string, Pick<ArticleRecord, "people" | "organizations" | "places">>;
  events: Map<string, IndexedEvent>;
  /** One-day events by their day: the only ones a new report can corroborate. */
  eventsByDay: Map<string, IndexedEvent[]>;
}

/** Adds an event to the index, or updates the one with its id. */
export function indexEvent(index: Pick<ArchiveIndex, "events" | "eventsByDay">, event: IndexedEvent): void {
  const known = index.events.get(event.id);
  if (known) {
    Object.assign(known, event);
    return;
  }
  index.events.set(event.id, event);
  if (event.start === event.end) index.eventsByDay.set(event.start, [...(index.eventsByDay.get(event.start) ?? []), event]);
}

function filesIn(folder: string, extension: string, recursive = false): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension) && !entry.name.startsWith("."))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Reads the archive's entities, articles and events from `contentDir` (and articles from `articlesDir`), each file
 * through its schema: a file that does not validate stops the ingest before anything is written.
 */
export function loadArchiveIndex(contentDir: string, articlesDir = path.join(contentDir, "articles")): ArchiveIndex {
  const entities = new Map<string, KnownEntity>();
  const cityIds = new Set<string>();
  const countryIds = new Set<string>();
  const placeCountry = new Map<string, string>();
  const entityFiles = new Map<string, { file: string; draft: boolean }>();
  const entityKeys = new Map<string, string[]>();
  for (const collection of ENTITY_COLLECTIONS) {
    for (const file of filesIn(path.join(contentDir, collection), ".yaml")) {
      const entity = readEntityFile(file, collection);
      const known = knownEntity(entity);
      entities.set(entity.id, known);
      entityFiles.set(entity.id, { file, draft: entity.draft });
      for (const key of nameKeys(known.type, [known.name, ...known.aliases]))
        entityKeys.set(key, [...(entityKeys.get(key) ?? []), entity.id]);
      if (entity.collection === "places" && entity.kind === "city") cityIds.add(entity.id);
      if (entity.collection === "places" && entity.kind === "country") countryIds.add(entity.id);
      if (entity.country) placeCountry.set(entity.id, entity.country);
    }
  }
  const articleBySha = new Map<string, string>();
  const articleById = new Map<string, string>();
  const articleSourceFile = new Map<string, string>();
  const articleNames: ArchiveIndex["articleNames"] = new Map();
  for (const folder of new Set([path.join(contentDir, "articles"), articlesDir])) {
    for (const file of filesIn(folder, ".mdx", true)) {
      const { id, source, people, organizations, places } = readArticleFile(file);
      articleNames.set(id, { people, organizations, places });
      articleBySha.set(source.sha256, file);
      if (source.file !== undefined) articleSourceFile.set(id, source.file);
      articleById.set(id, file);
    }
  }
  const index: ArchiveIndex = {
    contentDir,
    articlesDir,
    entities,
    cityIds,
    countryIds,
    placeCountry,
    entityFiles,
    entityText: new Map(),
    entityKeys,
    createdThisRun: [],
    articleBySha,
    articleById,
    articleSourceFile,
    articleNames,
    events: new Map(),
    eventsByDay: new Map(),
  };
  for (const file of filesIn(path.join(contentDir, "events"), ".yaml", true)) {
    const event = readEventFile(file);
    indexEvent(index, { ...event, file, footprint: footprintOf(event.reports.map((r) => articleNames.get(r.article))) });
  }
  return index;
}

/** Everyone and every place the given articles name: the footprint of the event they report. */
export function footprintOf(articles: ReadonlyArray<Record<keyof Footprint, Iterable<string>> | undefined>): Footprint {
  const footprint = { people: new Set<string>(), organizations: new Set<string>(), places: new Set<string>() };
  for (const article of articles) {
    if (!article) continue;
    for (const id of article.people) footprint.people.add(id);
    for (const id of article.organizations) footprint.organizations.add(id);
    for (const id of article.places) footprint.places.add(id);
  }
  return footprint;
}

/** The places a place lies in, nearest first, following `country` links (a cycle stops where it repeats). */
export function placesAround(index: Pick<ArchiveIndex, "placeCountry">, place: string): string[] {
  const around: string[] = [];
  for (let next = index.placeCountry.get(place); next && next !== place && !around.includes(next); next = index.placeCountry.get(next))
    around.push(next);
  return around;
}
