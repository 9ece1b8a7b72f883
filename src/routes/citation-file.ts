import type { APIRoute, GetStaticPaths } from "astro";
import { getRecordIndex } from "../data/archive-records.ts";
import { archiveCslItems } from "../lib/article-citation.ts";
import { CITATION_FILES, citationFiles } from "../lib/citation-files.ts";

/**
 * `/articles/<slug>/citation.bib`, `.ris` and `.json` while developing (`astro dev`). A build writes the same files
 * from `/data/citations.json` once the pages are out (src/integrations/citation-files.ts), which costs a fraction of
 * rendering 3 routes per article.
 */
export const getStaticPaths = (async () => {
  const index = await getRecordIndex(import.meta.env.SITE, import.meta.env.BASE_URL);
  return archiveCslItems(index).flatMap((item) => {
    const files = citationFiles(item);
    return CITATION_FILES.map(({ extension, type }) => ({ params: { slug: item.id, format: extension }, props: { body: files[extension], type } }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => new Response(props.body as string, { headers: { "content-type": props.type as string } });
