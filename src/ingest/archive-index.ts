import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { splitMdxSource } from "../archive/mdx-source.ts";
import type { EntityType } from "../archive/entity-kinds.ts";
import type { KnownEntity } from "./names/entity-matcher.ts";
import type { KnownEvent } from "./corroboration.ts";

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
  /** Existing articles by the sha256 of their raw text, to recognise a report already ingested. */
  articleBySha: Map<string, string>;
  /** Existing article files by id (file name without extension). */
  articleById: Map<string, string>;
  /** The raw file name each existing article was ingested from, by id. */
  articleSourceFile: Map<string, string>;
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

const ENTITY_FOLDERS: [string, EntityType][] = [
  ["people", "person"],
  ["organizations", "organization"],
  ["places", "place"],
];

function filesIn(folder: string, extension: string, recursive = false): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { recursive, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith(extension) && !entry.name.startsWith("."))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

function readYaml(file: string): Record<string, unknown> {
  try {
    return (parse(readFileSync(file, "utf8")) ?? {}) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${file} is not valid YAML (${(error as Error).message.split("\n")[0]}); fix it before ingesting`, { cause: error });
  }
}

function frontmatterOf(file: string): Record<string, unknown> {
  const { fence, frontmatter } = splitMdxSource(readFileSync(file, "utf8"));
  return fence === "---" ? ((parse(frontmatter) ?? {}) as Record<string, unknown>) : {};
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : []);
const day = (value: unknown): string | undefined => (value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === "string" ? value : undefined);

/** Reads the archive's entities, articles and events from `contentDir` (and articles from `articlesDir`). */
export function loadArchiveIndex(contentDir: string, articlesDir = path.join(contentDir, "articles")): ArchiveIndex {
  const entities = new Map<string, KnownEntity>();
  const cityIds = new Set<string>();
  for (const [folder, type] of ENTITY_FOLDERS) {
    for (const file of filesIn(path.join(contentDir, folder), ".yaml")) {
      const data = readYaml(file);
      const id = path.basename(file, ".yaml");
      entities.set(id, { id, type, name: String(data.name ?? id), aliases: strings(data.aliases), originalScript: strings(data.originalScript) });
      if (type === "place" && data.kind === "city") cityIds.add(id);
    }
  }
  const articleBySha = new Map<string, string>();
  const articleById = new Map<string, string>();
  const articleSourceFile = new Map<string, string>();
  for (const folder of new Set([path.join(contentDir, "articles"), articlesDir])) {
    for (const file of filesIn(folder, ".mdx", true)) {
      const source = frontmatterOf(file).source as { sha256?: unknown; file?: unknown } | undefined;
      const id = path.basename(file, ".mdx");
      if (typeof source?.sha256 === "string") articleBySha.set(source.sha256, file);
      if (typeof source?.file === "string") articleSourceFile.set(id, source.file);
      articleById.set(id, file);
    }
  }
  const index: ArchiveIndex = { contentDir, articlesDir, entities, cityIds, articleBySha, articleById, articleSourceFile, events: new Map(), eventsByDay: new Map() };
  for (const file of filesIn(path.join(contentDir, "events"), ".yaml", true)) {
    const data = readYaml(file);
    const start = day(data.date) ?? day(data.start) ?? "";
    indexEvent(index, {
      id: path.basename(file, ".yaml"),
      file,
      start,
      end: day(data.end) ?? start,
      place: typeof data.place === "string" ? data.place : undefined,
      people: strings(data.people),
      organizations: strings(data.organizations),
    });
  }
  return index;
}
