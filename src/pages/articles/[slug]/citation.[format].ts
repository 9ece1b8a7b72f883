import type { APIRoute, GetStaticPaths } from "astro";
import { getRecordIndex } from "../../../data/archive-records.ts";
import { citableArticle, cslItem } from "../../../lib/article-citation.ts";
import { CITATION_FILES, citationFile, type CitationFormat } from "../../../lib/citation-files.ts";

/** `/articles/<slug>/citation.bib`, `.ris` and `.json`: the article's citation for reference managers. */
export const getStaticPaths = (async () => {
  const { records } = await getRecordIndex(import.meta.env.SITE, import.meta.env.BASE_URL);
  return records.articles.flatMap((article) => CITATION_FILES.map(({ extension }) => ({ params: { slug: article.id, format: extension } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const index = await getRecordIndex(site, import.meta.env.BASE_URL);
  const article = index.articles.get(params.slug!)!;
  const format = params.format as CitationFormat;
  const { type } = CITATION_FILES.find((file) => file.extension === format)!;
  return new Response(citationFile(cslItem(citableArticle(article, index)), format), { headers: { "content-type": type } });
};
