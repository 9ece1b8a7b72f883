import type { EntityCollection } from "../../archive/entity-kinds.ts";
import type { ArticleRecord, EntityRecord } from "../../archive/model.ts";
import { findEntity, type Archive } from "../index-archive.ts";
import type { SiteLinks } from "../links.ts";

/** A name, linked to its page when the archive has one. */
export interface NamedLink {
  name: string;
  href?: string;
}

/** The paragraph of a report that supports a statement, and where to read it. */
export interface SourceParagraph {
  articleTitle: string;
  /** The report's language, when it is not the site's. */
  language?: string;
  articleHref: string;
  published: string;
  publisher?: string;
  /** The place the report was filed from, when known. */
  filedFrom?: NamedLink;
  paragraph: number;
  href: string;
}

/** What kind of entity this is, as a short phrase: a person's role, an organization's or place's kind. */
export function entityDetail(entity: EntityRecord): string {
  return entity.role || entity.kind || "";
}

/** An entity's name linked to its page, or undefined when there is no id or the archive lacks it. */
export function entityLink(
  archive: Archive,
  links: SiteLinks,
  collection: EntityCollection,
  id: string | undefined,
): NamedLink | undefined {
  const entity = findEntity(archive, collection, id);
  return entity && { name: entity.name, href: links.entity(collection, entity.id) };
}

/** A paragraph of a report as the source of a statement on another page. */
export function sourceParagraph(archive: Archive, links: SiteLinks, article: ArticleRecord, paragraph: number): SourceParagraph {
  return {
    articleTitle: article.title,
    ...(article.language ? { language: article.language } : {}),
    articleHref: links.article(article.id),
    published: article.published,
    publisher: findEntity(archive, "organizations", article.publisher)?.name,
    filedFrom: entityLink(archive, links, "places", article.dateline),
    paragraph,
    href: links.article(article.id, paragraph),
  };
}
