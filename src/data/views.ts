import type { Archive, Article, Entity, EntityCollection } from "./archive.ts";
import type { TimelineEvent } from "../lib/timeline.ts";
import { paragraphId } from "../lib/paragraph-anchors.ts";

/** Site-relative address of an article, under the deployment base. */
export function articleHref(base: string, articleId: string, paragraph?: number): string {
  return `${base}articles/${articleId}/${paragraph ? `#${paragraphId(paragraph)}` : ""}`;
}

/** The entities an article lists under one field, in the article's order. */
export function mentionedEntities(archive: Archive, article: Article, collection: EntityCollection): Entity[] {
  const lookup: Map<string, Entity> = archive[collection];
  return article.data[collection].flatMap((ref) => lookup.get(ref.id) ?? []);
}

/**
 * The events an article reports, each with the phrase and paragraph of the article's own report.
 * `href` builds the link to a paragraph: `#p-N` on the article's page, a full path elsewhere.
 */
export function articleTimelineEvents(archive: Archive, articleId: string, href: (paragraph: number) => string): TimelineEvent[] {
  return (archive.eventsByArticle.get(articleId) ?? []).map((event) => {
    const report = event.data.reports.find((r) => r.article.id === articleId);
    return {
      id: event.id,
      title: event.data.title,
      start: event.data.start,
      end: event.data.end,
      parent: event.data.parent?.id,
      report: report && { paragraph: report.paragraph, phrase: report.phrase, href: href(report.paragraph) },
    };
  });
}

/** Every event of the archive as a timeline entry, linked to the paragraph of its first report. */
export function archiveTimelineEvents(archive: Archive, base: string): TimelineEvent[] {
  return archive.events.map((event) => {
    const [first] = event.data.reports;
    return {
      id: event.id,
      title: event.data.title,
      start: event.data.start,
      end: event.data.end,
      parent: event.data.parent?.id,
      report: first && { paragraph: first.paragraph, phrase: first.phrase, href: articleHref(base, first.article.id, first.paragraph) },
    };
  });
}
