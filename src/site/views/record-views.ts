import { ENTITY_KINDS, entityKey, type EntityCollection, type EntityLabel } from "../../archive/entity-kinds.ts";
import type { ArticleRecord, EventRecord } from "../../archive/model.ts";
import { topCompanions } from "../co-occurrence.ts";
import { entitiesByIds, findEntityByKey, type Archive, type OutletCitationUse, type QuoteUse } from "../index-archive.ts";
import type { SiteLinks } from "../links.ts";
import { entityLink, sourceParagraph, type NamedLink, type SourceParagraph } from "./named-links.ts";
import { compareReportDate, type ReportDate } from "./report-versions.ts";
import { attributionChain, quoteForDisplay, type ChainLink } from "./reported-quote.ts";

export interface QuoteView {
  text: string;
  speaker: NamedLink;
  chain: ChainLink<NamedLink>[];
  source: SourceParagraph;
}

/** What a report attributes to an outlet, as the outlet's page lists it. */
export interface OutletCitationView {
  outlet: NamedLink;
  phrase: string;
  source: SourceParagraph;
}

export interface CompanionView extends NamedLink {
  href: string;
  type: EntityLabel;
  /** True while the entity is a draft the ingest made. */
  draft: boolean;
  articles: number;
  events: number;
}

/** An event report: the phrase a report uses for the event, its paragraph, and whether its own date agrees. */
export interface ReportView extends ReportDate {
  phrase: string;
  source: SourceParagraph;
  /** True when the report announced the event ahead, as a plan. */
  announced: boolean;
  /** Why the ingest attached it to the event: the names it shares with it, linked, and whether an editor should check. */
  attached?: { shared: NamedLink[]; action?: string; unsure: boolean };
}

/** A report in a list: its headline, day, publisher and dateline, linked. */
export interface ArticleItem {
  title: string;
  href: string;
  draft: boolean;
  published: string;
  summary: string;
  /** The report's language, when it is not the site's. */
  language?: string;
  /** The publisher and the dateline's place, where the archive has them. */
  links: NamedLink[];
}

/** Quotes with their speaker and attribution chain (reported by …, via …), each linked to its paragraph. */
export function quoteViews(archive: Archive, links: SiteLinks, uses: readonly QuoteUse[]): QuoteView[] {
  return uses.map(({ article, quote }) => ({
    text: quoteForDisplay(quote.text),
    speaker: entityLink(archive, links, "people", quote.speaker) ?? { name: quote.speakerName ?? "Unnamed speaker" },
    chain: attributionChain(quote.reportedBy.map((id) => entityLink(archive, links, "organizations", id) ?? { name: id })),
    source: sourceParagraph(archive, links, article, quote.paragraph),
  }));
}

/** What reports attribute to outlets ("al Mayadeen reported"), each linked to its paragraph. */
export function outletCitationViews(archive: Archive, links: SiteLinks, uses: readonly OutletCitationUse[]): OutletCitationView[] {
  return uses.map(({ article, citation }) => ({
    outlet: entityLink(archive, links, "organizations", citation.outlet) ?? { name: citation.outlet },
    phrase: citation.phrase,
    source: sourceParagraph(archive, links, article, citation.paragraph),
  }));
}

/** The entities most often named with this one across reports and events, most frequent first. */
export function companionViews(
  archive: Archive,
  links: SiteLinks,
  collection: EntityCollection,
  id: string,
  limit: number,
): CompanionView[] {
  return topCompanions(archive.companions, entityKey(collection, id), limit).flatMap(({ key, articles, events }) => {
    const entity = findEntityByKey(archive, key);
    if (!entity) return [];
    const { label: type } = ENTITY_KINDS[entity.collection];
    return [{ name: entity.name, href: links.entity(entity.collection, entity.id), type, draft: entity.draft, articles, events }];
  });
}

/**
 * Every report of an event with the phrase it uses, the date its own words resolve to (the report's `dates`
 * entry for that paragraph and phrase), and whether that date differs from the event's.
 */
export function reportViews(archive: Archive, links: SiteLinks, event: EventRecord): ReportView[] {
  return event.reports.flatMap((report) => {
    const article = archive.articlesById.get(report.article);
    if (!article) return [];
    return [
      {
        phrase: report.phrase,
        source: sourceParagraph(archive, links, article, report.paragraph),
        announced: report.announced ?? false,
        ...(report.why
          ? {
              attached: {
                shared: [
                  ...entitiesByIds(archive, "people", report.why.people),
                  ...entitiesByIds(archive, "organizations", report.why.organizations),
                  ...entitiesByIds(archive, "places", report.why.place ? [report.why.place] : []),
                ].map((entity) => entityLink(archive, links, entity.collection, entity.id)!),
                ...(report.why.action ? { action: report.why.action } : {}),
                unsure: report.why.unsure,
              },
            }
          : {}),
        ...compareReportDate(event, report, article.dates),
      },
    ];
  });
}

/** Reports as a list shows them. */
export function articleItems(archive: Archive, links: SiteLinks, articles: readonly ArticleRecord[]): ArticleItem[] {
  return articles.map((article) => ({
    title: article.title,
    href: links.article(article.id),
    draft: article.draft,
    published: article.published,
    summary: article.summary,
    ...(article.language ? { language: article.language } : {}),
    links: [entityLink(archive, links, "organizations", article.publisher), entityLink(archive, links, "places", article.dateline)].filter(
      (link): link is NamedLink => link !== undefined,
    ),
  }));
}
