import { isIsoDate, resolveWeekday, weekdayOf } from "../archive/calendar.ts";
import { statedWeekday } from "../archive/weekday-phrases.ts";
import { ENTITY_COLLECTIONS } from "../archive/entity-kinds.ts";
import type { ArticleRecord, EventRecord } from "../archive/model.ts";
import { splitParagraphs } from "../archive/paragraphs.ts";
import type { ArchiveRecords } from "./index-archive.ts";

/** A reference from one record's field to a record of another collection. */
interface ReferenceUse {
  file: string;
  field: string;
  collection: string;
  id: string;
}

interface CheckedArticle {
  id: string;
  file: string;
  published: string;
  paragraphCount: number;
  /** Paragraph numbers the article's own frontmatter points at (cites, quotes, dates), by field. */
  paragraphRefs: { field: string; paragraph: number }[];
}

type CheckedEvent = EventRecord & { file: string };

export interface ArchiveProblem {
  file: string;
  field: string;
  problem: string;
  fix: string;
}

export function formatProblem({ file, field, problem, fix }: ArchiveProblem): string {
  return `${file}: ${field}: ${problem}. Fix: ${fix}.`;
}

function unresolvedReferences(references: ReferenceUse[], ids: Record<string, ReadonlySet<string>>): ArchiveProblem[] {
  return references
    .filter((ref) => !ids[ref.collection]?.has(ref.id))
    .map((ref) => ({
      file: ref.file,
      field: ref.field,
      problem: `no ${ref.collection} entry has the id "${ref.id}"`,
      fix: `use the file name (without extension) of an entry in content/${ref.collection}/, or add content/${ref.collection}/${ref.id}${ref.collection === "articles" ? ".mdx" : ".yaml"}`,
    }));
}

/** A paragraph of a report that another file points at: an event report, or where the ingest found a name. */
interface ParagraphUse {
  file: string;
  field: string;
  article: string;
  paragraph: number;
}

function missingParagraphs(articles: CheckedArticle[], uses: readonly ParagraphUse[]): ArchiveProblem[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const problems: ArchiveProblem[] = [];
  const check = (file: string, field: string, article: CheckedArticle, paragraph: number) => {
    if (paragraph <= article.paragraphCount) return;
    problems.push({
      file,
      field,
      problem: `article "${article.id}" has ${article.paragraphCount} paragraphs, so paragraph ${paragraph} does not exist`,
      fix: `point to a paragraph from 1 to ${article.paragraphCount} (the number shown by its ¶ permalink)`,
    });
  };
  for (const article of articles) {
    for (const ref of article.paragraphRefs) check(article.file, ref.field, article, ref.paragraph);
  }
  for (const use of uses) {
    const article = byId.get(use.article);
    if (article) check(use.file, use.field, article, use.paragraph);
  }
  return problems;
}

function datesAgainstReports(articles: CheckedArticle[], events: CheckedEvent[]): ArchiveProblem[] {
  const byId = new Map(articles.map((article) => [article.id, article]));
  const problems: ArchiveProblem[] = [];
  for (const event of events) {
    const { dateField } = event;
    event.reports.forEach((report, i) => {
      const article = byId.get(report.article);
      if (!article) return;
      // A report that announced the event ahead (a plan) is published before it by nature.
      if (!report.announced && event.start > article.published) {
        problems.push({
          file: event.file,
          field: dateField,
          problem: `${event.start} is after ${article.published}, the publication date of "${article.id}", which reports it in reports[${i}]`,
          fix: `date the event on or before ${article.published}, or attach it to a report published after it happened`,
        });
      }
      const weekday = statedWeekday(report.phrase);
      if (weekday && weekdayOf(event.start) !== weekday) {
        const expected = resolveWeekday(article.published, weekday, "past");
        problems.push({
          file: event.file,
          field: dateField,
          problem: `${event.start} is a ${weekdayOf(event.start)}, but reports[${i}] states it "${report.phrase}" (paragraph ${report.paragraph} of "${article.id}", published ${weekdayOf(article.published)} ${article.published})`,
          fix: `set ${dateField} to ${expected}, the ${weekday} before publication, or correct reports[${i}].phrase`,
        });
      }
    });
  }
  return problems;
}

function subEventsOutsideParents(events: CheckedEvent[]): ArchiveProblem[] {
  const byId = new Map(events.map((event) => [event.id, event]));
  return events.flatMap((event) => {
    const parent = event.parent ? byId.get(event.parent) : undefined;
    if (!parent || (parent.start <= event.start && event.end <= parent.end)) return [];
    return [
      {
        file: event.file,
        field: event.dateField,
        problem: `${event.start === event.end ? event.start : `${event.start} to ${event.end}`} lies outside its parent "${parent.id}", which spans ${parent.start} to ${parent.end}`,
        fix: `move the event inside ${parent.start}..${parent.end}, widen the parent's span in ${parent.file}, or remove parent`,
      },
    ];
  });
}

const DATE_LINE = /^[ \t-]*([A-Za-z]+):[ \t]*["']?(\d{4}-\d{2}-\d{2})["']?[ \t]*$/gm;

/**
 * YAML reads an unquoted `2020-02-30` as a Date and silently rolls it over to 1 March, so impossible dates
 * are caught in the source text, before the parser hides them.
 */
function impossibleDates(sources: readonly { file: string; text: string }[]): ArchiveProblem[] {
  return sources.flatMap(({ file, text }) =>
    [...text.matchAll(DATE_LINE)]
      .filter((match) => !isIsoDate(match[2]!))
      .map((match) => ({
        file,
        field: match[1]!,
        problem: `"${match[2]}" is not a real calendar date`,
        fix: "write a day that exists as YYYY-MM-DD, e.g. 2020-07-10",
      })),
  );
}

/** The content file a record was read from, or where it would be. */
function fileOf(records: ArchiveRecords, collection: string, id: string): string {
  return records.files?.get(`${collection}/${id}`) ?? `content/${collection}/${id}`;
}

function uses(file: string, field: string, collection: string, ids: string | readonly string[] | undefined): ReferenceUse[] {
  const list = typeof ids === "string" ? [[ids, field] as const] : (ids ?? []).map((id, i) => [id, `${field}[${i}]`] as const);
  return list.map(([id, path]) => ({ file, field: path, collection, id }));
}

function articleReferences(file: string, article: ArticleRecord): ReferenceUse[] {
  return [
    ...uses(file, "dateline", "places", article.dateline),
    ...uses(file, "publisher", "organizations", article.publisher),
    ...ENTITY_COLLECTIONS.flatMap((collection) => uses(file, collection, collection, article[collection])),
    ...article.cites.flatMap((cite, i) => uses(file, `cites[${i}].outlet`, "organizations", cite.outlet)),
    ...article.quotes.flatMap((quote, i) => [
      ...uses(file, `quotes[${i}].speaker`, "people", quote.speaker),
      ...uses(file, `quotes[${i}].reportedBy`, "organizations", quote.reportedBy),
    ]),
  ];
}

function eventReferences(file: string, event: EventRecord): ReferenceUse[] {
  return [
    ...uses(file, "parent", "events", event.parent),
    ...uses(file, "place", "places", event.place),
    ...uses(file, "people", "people", event.people),
    ...uses(file, "organizations", "organizations", event.organizations),
    ...event.reports.flatMap((report, i) => uses(file, `reports[${i}].article`, "articles", report.article)),
    ...event.conflicts.flatMap((conflict, i) => [
      ...uses(file, `conflicts[${i}].event`, "events", conflict.event),
      ...uses(file, `conflicts[${i}].article`, "articles", conflict.article),
    ]),
  ];
}

/** A conflict names the other event that stands for the happening; naming the event itself says nothing. */
function conflictsWithItself(events: CheckedEvent[]): ArchiveProblem[] {
  return events.flatMap((event) =>
    event.conflicts.flatMap((conflict, i) =>
      conflict.event === event.id
        ? [
            {
              file: event.file,
              field: `conflicts[${i}].event`,
              problem: `names the event itself ("${event.id}")`,
              fix: "give the id of the other event, the one that dates the happening another day, or remove the conflict",
            },
          ]
        : [],
    ),
  );
}

/**
 * Checks what a schema cannot see on its own: links between records, paragraph numbers, and dates against
 * the reports that state them. `sources` are the files' texts, for what parsing hides. Returns every problem
 * found, so one build shows them all.
 */
export function checkArchive(records: ArchiveRecords, sources: readonly { file: string; text: string }[] = []): ArchiveProblem[] {
  const references: ReferenceUse[] = [];
  const articles: CheckedArticle[] = records.articles.map((article) => {
    const file = fileOf(records, "articles", article.id);
    references.push(...articleReferences(file, article));
    const paragraphRefs = [
      ...article.cites.map((cite, i) => ({ field: `cites[${i}].paragraph`, paragraph: cite.paragraph })),
      ...article.quotes.map((quote, i) => ({ field: `quotes[${i}].paragraph`, paragraph: quote.paragraph })),
      ...article.dates.map((date, i) => ({ field: `dates[${i}].paragraph`, paragraph: date.paragraph })),
    ];
    const paragraphCount = splitParagraphs(records.bodies.get(article.id) ?? "").length;
    return { id: article.id, file, published: article.published, paragraphCount, paragraphRefs };
  });
  const events: CheckedEvent[] = records.events.map((event) => {
    const file = fileOf(records, "events", event.id);
    references.push(...eventReferences(file, event));
    return { ...event, file };
  });
  const paragraphUses: ParagraphUse[] = events.flatMap((event) =>
    event.reports.map((report, i) => ({
      file: event.file,
      field: `reports[${i}].paragraph`,
      article: report.article,
      paragraph: report.paragraph,
    })),
  );
  for (const place of records.entities.places)
    references.push(...uses(fileOf(records, "places", place.id), "country", "places", place.country));
  for (const collection of ENTITY_COLLECTIONS)
    for (const entity of records.entities[collection]) {
      const file = fileOf(records, collection, entity.id);
      entity.foundIn.forEach((finding, i) => {
        references.push(...uses(file, `foundIn[${i}].article`, "articles", finding.article));
        paragraphUses.push({ file, field: `foundIn[${i}].paragraph`, article: finding.article, paragraph: finding.paragraph });
      });
    }
  const ids: Record<string, ReadonlySet<string>> = {
    articles: new Set(records.articles.map((article) => article.id)),
    events: new Set(records.events.map((event) => event.id)),
    ...Object.fromEntries(
      ENTITY_COLLECTIONS.map((collection) => [collection, new Set(records.entities[collection].map((entity) => entity.id))]),
    ),
  };
  return [
    ...impossibleDates(sources),
    ...unresolvedReferences(references, ids),
    ...missingParagraphs(articles, paragraphUses),
    ...datesAgainstReports(articles, events),
    ...subEventsOutsideParents(events),
    ...conflictsWithItself(events),
  ];
}
