import { ENTITY_COLLECTIONS, type EntityCollection } from "../../archive/entity-kinds.ts";
import type { ArticleRecord, ArticleSource, EntityRecord } from "../../archive/model.ts";
import { paragraphId } from "../../archive/paragraphs.ts";
import { entitiesByIds, findEntity, type Archive } from "../index-archive.ts";
import { citableArticle, type CitableArticle } from "../publishing/article-citation.ts";
import { newsArticleJsonLd } from "../publishing/structured-data.ts";
import type { TimelineNode } from "../timeline/build-timeline.ts";
import { entityLink, type NamedLink } from "./named-links.ts";
import type { PageContext } from "./page-context.ts";
import { articleMap, timelineDrawing } from "./figure-views.ts";
import type { MapDrawing } from "../figures/map-figure.ts";
import type { TimelineDrawing } from "../figures/timeline-figure.ts";
import { articleTimeline, plannedTimelineEvents } from "./timeline-views.ts";

/** Everything a report's page shows besides its body. */
export interface ArticlePageView {
  article: ArticleRecord;
  publisher?: string;
  dateline: string | null;
  timeline: TimelineNode[];
  /** The report's events drawn on a time axis (those it announces drawn as planned), and its places on a map. */
  figures: { timeline?: TimelineDrawing; map?: MapDrawing };
  /** The entities the report names, by collection, in the table's order. */
  mentions: { collection: EntityCollection; entities: EntityRecord[] }[];
  /** What the report attributes to outlets, each with the paragraph that does it. */
  outletCitations: { outlet: NamedLink; paragraph: number; phrase: string }[];
  citable: CitableArticle;
  jsonLd: ReturnType<typeof newsArticleJsonLd>;
  source: Omit<ArticleSource, "file"> & {
    publisher?: NamedLink;
    /** The stored original's address on this site. */
    originalHref?: string;
    outletCitations: { outlet: NamedLink; paragraph: number }[];
  };
}

export function articlePageView(archive: Archive, { links, absolute }: PageContext, articleId: string): ArticlePageView {
  const article = archive.articlesById.get(articleId)!;
  const outlet = (id: string): NamedLink => entityLink(archive, links, "organizations", id) ?? { name: id };
  const timeline = articleTimeline(archive, links, article.id, (paragraph) => `#${paragraphId(paragraph)}`);
  const planned = plannedTimelineEvents(archive, links, archive.eventsByArticle.get(article.id) ?? []);
  const drawnTimeline = timelineDrawing(timeline, planned);
  const map = articleMap(archive, links, article.id);
  return {
    article,
    publisher: findEntity(archive, "organizations", article.publisher)?.name,
    dateline: findEntity(archive, "places", article.dateline)?.name ?? null,
    timeline,
    figures: { ...(drawnTimeline ? { timeline: drawnTimeline } : {}), ...(map ? { map } : {}) },
    mentions: ENTITY_COLLECTIONS.map((collection) => ({ collection, entities: entitiesByIds(archive, collection, article[collection]) })),
    outletCitations: article.cites.map((citation) => ({
      outlet: outlet(citation.outlet),
      paragraph: citation.paragraph,
      phrase: citation.phrase,
    })),
    citable: citableArticle(article, archive, absolute),
    jsonLd: newsArticleJsonLd(article, archive, absolute),
    source: {
      ...(article.publisher && findEntity(archive, "organizations", article.publisher) ? { publisher: outlet(article.publisher) } : {}),
      ...article.source,
      ...(article.source.original ? { originalHref: links.page(article.source.original.file) } : {}),
      outletCitations: article.cites.map((citation) => ({ outlet: outlet(citation.outlet), paragraph: citation.paragraph })),
    },
  };
}
