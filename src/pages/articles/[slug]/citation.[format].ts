import type { APIRoute, GetStaticPaths } from "astro";
import { getRecordIndex } from "../../../data/archive-records.ts";
import { citableArticle, cslItem } from "../../../lib/article-citation.ts";
import { CITATION_FILES, citationFiles } from "../../../lib/citation-files.ts";

/** `/articles/<slug>/citation.bib`, `.ris` and `.json`: the article's citation for reference managers. */
export const getStaticPaths = (async () => {
  const index = await getRecordIndex(import.meta.env.SITE, import.meta.env.BASE_URL);
  return index.records.articles.flatMap((article) => {
    const files = citationFiles(cslItem(citableArticle(index.articles.get(article.id)!, index)));
    return CITATION_FILES.map(({ extension, type }) => ({ params: { slug: article.id, format: extension }, props: { body: files[extension], type } }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { "content-type": props.type as string } });
