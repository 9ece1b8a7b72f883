import { readFileSync } from "node:fs";
import { getCollection, type CollectionEntry } from "astro:content";
import { checkArchive, formatProblem, type ArchiveContents, type ReferenceUse } from "./archive-checks.ts";
import { splitParagraphs } from "../archive/paragraphs.ts";
import { mdxBody } from "../archive/mdx-source.ts";
import { buildArchiveGraph, type ArchiveGraph } from "./archive-graph.ts";
import { addToList } from "../archive/multimap.ts";

export type Article = CollectionEntry<"articles">;
export type ArchiveEvent = CollectionEntry<"events">;
export type Person = CollectionEntry<"people">;
export type Organization = CollectionEntry<"organizations">;
export type Place = CollectionEntry<"places">;
export type EntityCollection = "people" | "organizations" | "places";
export type Entity = Person | Organization | Place;

export interface Archive {
  /** Newest first. */
  articles: Article[];
  events: ArchiveEvent[];
  people: Map<string, Person>;
  organizations: Map<string, Organization>;
  places: Map<string, Place>;
  articlesById: Map<string, Article>;
  eventsById: Map<string, ArchiveEvent>;
  /** The events each article reports, by article id. */
  eventsByArticle: Map<string, ArchiveEvent[]>;
  /** Each article's body (its MDX source below the frontmatter), by article id, read once from its file. */
  bodies: Map<string, string>;
  /** Links between entities, events and articles, for the entity and event pages. */
  graph: ArchiveGraph<Article, ArchiveEvent>;
  /** The places that lie in each country or region (their `country`), by place id. */
  placesIn: Map<string, Place[]>;
}

type Ref = { collection: string; id: string };

function uses(file: string, field: string, refs: Ref | Ref[] | null | undefined): ReferenceUse[] {
  const list = Array.isArray(refs) ? refs.map((ref, i) => [ref, `${field}[${i}]`] as const) : refs ? [[refs, field] as const] : [];
  return list.map(([ref, path]) => ({ file, field: path, collection: ref.collection, id: ref.id }));
}

function fileOf(entry: { id: string; filePath?: string }, collection: string): string {
  return entry.filePath ?? `content/${collection}/${entry.id}`;
}

/** The source files of articles and events: the checks point into them. */
function readSources(entries: readonly (Article | ArchiveEvent)[]): ArchiveContents["sources"] {
  return entries.flatMap((entry) => (entry.filePath ? [{ file: entry.filePath, text: readFileSync(entry.filePath, "utf8") }] : []));
}

function describe(
  articles: Article[],
  events: ArchiveEvent[],
  places: Place[],
  ids: ArchiveContents["ids"],
  sources: ArchiveContents["sources"],
  bodies: Map<string, string>,
): ArchiveContents {
  const references: ReferenceUse[] = [];
  const checkedArticles = articles.map((article) => {
    const file = fileOf(article, "articles");
    const { data } = article;
    references.push(
      ...uses(file, "dateline", data.dateline),
      ...uses(file, "publisher", data.publisher),
      ...uses(file, "people", data.people),
      ...uses(file, "organizations", data.organizations),
      ...uses(file, "places", data.places),
      ...data.cites.flatMap((cite, i) => uses(file, `cites[${i}].outlet`, cite.outlet)),
      ...data.quotes.flatMap((quote, i) => [
        ...uses(file, `quotes[${i}].speaker`, quote.speaker),
        ...uses(file, `quotes[${i}].reportedBy`, quote.reportedBy),
      ]),
    );
    const paragraphRefs = [
      ...data.cites.map((cite, i) => ({ field: `cites[${i}].paragraph`, paragraph: cite.paragraph })),
      ...data.quotes.map((quote, i) => ({ field: `quotes[${i}].paragraph`, paragraph: quote.paragraph })),
      ...data.dates.map((date, i) => ({ field: `dates[${i}].paragraph`, paragraph: date.paragraph })),
    ];
    return { id: article.id, file, published: data.published, paragraphCount: splitParagraphs(bodies.get(article.id) ?? "").length, paragraphRefs };
  });
  const checkedEvents = events.map((event) => {
    const file = fileOf(event, "events");
    const { data } = event;
    references.push(
      ...uses(file, "parent", data.parent),
      ...uses(file, "place", data.place),
      ...uses(file, "people", data.people),
      ...uses(file, "organizations", data.organizations),
      ...data.reports.flatMap((report, i) => uses(file, `reports[${i}].article`, report.article)),
    );
    return {
      id: event.id,
      file,
      start: data.start,
      end: data.end,
      dateField: data.dateField,
      parent: data.parent?.id,
      reports: data.reports.map((report) => ({ article: report.article.id, paragraph: report.paragraph, phrase: report.phrase })),
    };
  });
  for (const place of places) references.push(...uses(fileOf(place, "places"), "country", place.data.country));
  return { articles: checkedArticles, events: checkedEvents, references, ids, sources };
}

async function loadArchive(): Promise<Archive> {
  const [articles, events, people, organizations, places] = await Promise.all([
    getCollection("articles"),
    getCollection("events"),
    getCollection("people"),
    getCollection("organizations"),
    getCollection("places"),
  ]);
  const ids = Object.fromEntries(
    Object.entries({ articles, events, people, organizations, places }).map(([name, entries]) => [name, new Set(entries.map((e) => e.id))]),
  );
  const sources = readSources([...articles, ...events]);
  const sourceText = new Map(sources.map(({ file, text }) => [file, text]));
  // Bodies are not kept in the content store (src/site/body/mdx-articles-loader.ts): they come from the files read here.
  const bodies = new Map(articles.map((article) => [article.id, mdxBody(sourceText.get(article.filePath ?? "") ?? "")]));
  const problems = checkArchive(describe(articles, events, places, ids, sources, bodies));
  if (problems.length > 0) {
    throw new Error(`The archive has ${problems.length} problem(s):\n${problems.map((p) => `- ${formatProblem(p)}`).join("\n")}`);
  }
  const sortedArticles = [...articles].sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id));
  const eventsByArticle = new Map<string, ArchiveEvent[]>();
  for (const event of events) for (const report of event.data.reports) addToList(eventsByArticle, report.article.id, event);
  return {
    articles: sortedArticles,
    events,
    people: new Map(people.map((e) => [e.id, e])),
    organizations: new Map(organizations.map((e) => [e.id, e])),
    places: new Map(places.map((e) => [e.id, e])),
    articlesById: new Map(articles.map((e) => [e.id, e])),
    eventsById: new Map(events.map((e) => [e.id, e])),
    eventsByArticle,
    bodies,
    graph: buildArchiveGraph(sortedArticles, events),
    placesIn: Map.groupBy(
      places.filter((place) => place.data.country),
      (place) => place.data.country!.id,
    ),
  };
}

let archive: Promise<Archive> | undefined;

/** The whole archive, loaded and checked once per build and shared by every page. */
export function getArchive(): Promise<Archive> {
  archive ??= loadArchive();
  return archive;
}
