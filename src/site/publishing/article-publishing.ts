import { getRecordIndex } from "./published-records.ts";
import { citableArticle, type CitableArticle } from "./article-citation.ts";
import type { EntityRecord } from "./record-index.ts";
import { newsArticleJsonLd } from "./structured-data.ts";
import type { NamedLink } from "../views/graph-views.ts";

export interface ArticlePublishing {
  citable: CitableArticle;
  jsonLd: ReturnType<typeof newsArticleJsonLd>;
  source: {
    publisher?: NamedLink;
    url?: string;
    retrieved?: string;
    sha256: string;
    cites: { outlet: NamedLink; paragraph: number }[];
  };
}

/** Site-relative link to an entity's page (the records hold absolute addresses). */
const link = (entity: EntityRecord): NamedLink => ({ name: entity.name, href: new URL(entity.url).pathname });

/** What an article page needs to be cited and verified: its citation, JSON-LD and source record. */
export async function articlePublishing(articleId: string, site: URL | undefined, base: string): Promise<ArticlePublishing> {
  const index = await getRecordIndex(site, base);
  const article = index.articles.get(articleId)!;
  const publisher = article.publisher ? index.organizations.get(article.publisher) : undefined;
  return {
    citable: citableArticle(article, index),
    jsonLd: newsArticleJsonLd(article, index),
    source: {
      ...(publisher ? { publisher: link(publisher) } : {}),
      ...article.source,
      cites: article.cites.map((cite) => {
        const outlet = index.organizations.get(cite.outlet);
        return { outlet: outlet ? link(outlet) : { name: cite.outlet }, paragraph: cite.paragraph };
      }),
    },
  };
}
