import type { ArchiveRecords } from "./record-index.ts";

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

export function feedChannel(records: ArchiveRecords): FeedChannel {
  return {
    title: "Dossier",
    description: "New reports in the Dossier documentary archive, newest first.",
    site: records.home,
    xmlns: { atom: "http://www.w3.org/2005/Atom" },
    customData: `<language>en</language><atom:link href="${escapeXml(feedUrl(records.home))}" rel="self" type="application/rss+xml"/>`,
  };
}

/**
 * The archive's reports as feed items, newest first (ties by id, so the order never changes between builds).
 * Drafts wait for an editor's review and are left out.
 */
export function feedItems(records: ArchiveRecords): FeedItem[] {
  const names = new Map([...records.people, ...records.organizations, ...records.places].map((entity) => [`${entity.collection}/${entity.id}`, entity.name]));
  const name = (collection: string) => (id: string) => names.get(`${collection}/${id}`) ?? id;
  return records.articles
    .filter((article) => !article.draft)
    .sort((a, b) => b.published.localeCompare(a.published) || a.id.localeCompare(b.id))
    .map((article) => ({
      title: article.title,
      link: article.url,
      pubDate: new Date(`${article.published}T00:00:00Z`),
      description: article.summary || article.title,
      categories: [
        ...new Set([
          ...(article.publisher ? [name("organizations")(article.publisher)] : []),
          ...article.places.map(name("places")),
          ...article.people.map(name("people")),
          ...article.organizations.map(name("organizations")),
        ]),
      ],
    }));
}
