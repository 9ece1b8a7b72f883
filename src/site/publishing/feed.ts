import { ENTITY_COLLECTIONS, type EntityCollection } from "../../archive/entity-kinds.ts";
import { compareArticlesNewestFirst } from "../../archive/model.ts";
import { findEntity, type Archive } from "../index-archive.ts";
import type { SiteLinks } from "../links.ts";
import { SITE_NAME } from "../site-config.ts";

/** One entry of the RSS feed, in the shape @astrojs/rss takes (it adds the permalink guid itself). */
export interface FeedItem {
  title: string;
  link: string;
  /** Publication day at midnight UTC. */
  pubDate: Date;
  description: string;
  /** The publisher, then the places, people and organizations the report names. */
  categories: string[];
}

/** The feed's channel: its title, home, language and its own address (atom:link rel="self"), as @astrojs/rss takes them. */
export interface FeedChannel {
  title: string;
  description: string;
  site: string;
  xmlns: { atom: string };
  customData: string;
}

const escapeXml = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The address of the feed under the archive's home. */
export function feedUrl(home: string): string {
  return new URL("rss.xml", home).href;
}

export function feedChannel(links: SiteLinks): FeedChannel {
  return {
    title: SITE_NAME,
    description: `New reports in the ${SITE_NAME} documentary archive, newest first.`,
    site: links.home,
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData: `<language>en</language><atom:link href="${escapeXml(feedUrl(links.home))}" rel="self" type="application/rss+xml"/>`,
  };
}

/** Where a report was filed from reads first among its categories, then who it names, in the kinds' order. */
const CATEGORY_ORDER: EntityCollection[] = ["places", ...ENTITY_COLLECTIONS.filter((collection) => collection !== "places")];

/**
 * The archive's reports as feed items, newest first (ties by id, so the order never changes between builds).
 * Drafts wait for an editor's review and are left out.
 */
export function feedItems(archive: Archive, links: SiteLinks): FeedItem[] {
  const name = (collection: EntityCollection) => (id: string) => findEntity(archive, collection, id)?.name ?? id;
  return archive.articles
    .filter((article) => !article.draft)
    .sort(compareArticlesNewestFirst)
    .map((article) => ({
      title: article.title,
      link: links.article(article.id),
      pubDate: new Date(`${article.published}T00:00:00Z`),
      description: article.summary || article.title,
      categories: [
        ...new Set([
          ...(article.publisher ? [name("organizations")(article.publisher)] : []),
          ...CATEGORY_ORDER.flatMap((collection) => article[collection].map(name(collection))),
        ]),
      ],
    }));
}
