import { isIsoDate, resolveWeekday, weekdayOf } from "../archive/calendar.ts";
import { statedWeekday } from "../archive/weekday-phrases.ts";

/** A reference from one entry's field to an entry of another collection. */
export interface ReferenceUse {
  file: string;
  field: string;
  collection: string;
  id: string;
}

export interface CheckedArticle {
  id: string;
  file: string;
  published: string;
  paragraphCount: number;
  /** Paragraph numbers the article's own frontmatter points at (cites, quotes, dates), by field. */
  paragraphRefs: { field: string; paragraph: number }[];
}

export interface CheckedEvent {
  id: string;
  file: string;
  start: string;
  end: string;
  /** The field the file dates the event with: `date` for one day, `start` for a span. */
  dateField: "date" | "start";
  parent?: string;
  reports: { article: string; paragraph: number; phrase: string }[];
}

export interface ArchiveContents {
  articles: CheckedArticle[];
  events: CheckedEvent[];
  references: ReferenceUse[];
  /** Ids present in each collection. */
  ids: Record<string, ReadonlySet<string>>;
  /** The source text of each entry file, for what parsing hides. */
  sources: { file: string; text: string }[];
}

export interface ArchiveProblem {
  file: string;
  field: string;
  problem: string;
  fix: string;
}

export function formatProblem({ file, field, problem, fix }: ArchiveProblem): string {
  return `${file}: ${field}: ${problem}. Fix: ${fix}.`;
}

function unresolvedReferences({ references, ids }: ArchiveContents): ArchiveProblem[] {
  return references
    .filter((ref) => !ids[ref.collection]?.has(ref.id))
    .map((ref) => ({
      file: ref.file,
      field: ref.field,
      problem: `no ${ref.collection} entry has the id "${ref.id}"`,
      fix: `use the file name (without extension) of an entry in content/${ref.collection}/, or add content/${ref.collection}/${ref.id}${ref.collection === "articles" ? ".mdx" : ".yaml"}`,
    }));
}

function missingParagraphs(articles: CheckedArticle[], events: CheckedEvent[]): ArchiveProblem[] {
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
  for (const event of events) {
    event.reports.forEach((report, i) => {
      const article = byId.get(report.article);
      if (article) check(event.file, `reports[${i}].paragraph`, article, report.paragraph);
    });
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
      if (event.start > article.published) {
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
function impossibleDates(sources: { file: string; text: string }[]): ArchiveProblem[] {
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

/**
 * Checks what a schema cannot see on its own: links between entries, paragraph numbers, and dates against
 * the reports that state them. Returns every problem found, so one build shows them all.
 */
export function checkArchive(contents: ArchiveContents): ArchiveProblem[] {
  return [
    ...impossibleDates(contents.sources),
    ...unresolvedReferences(contents),
    ...missingParagraphs(contents.articles, contents.events),
    ...datesAgainstReports(contents.articles, contents.events),
    ...subEventsOutsideParents(contents.events),
  ];
}
