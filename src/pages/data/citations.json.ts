import type { APIRoute } from "astro";
import { getRecordIndex } from "../../site/publishing/published-records.ts";
import { archiveCslItems } from "../../site/publishing/article-citation.ts";

/** `/data/citations.json`: every article's citation as CSL-JSON, for a reference manager (README, "Open data"). */
export const GET: APIRoute = async ({ site }) => {
  const index = await getRecordIndex(site, import.meta.env.BASE_URL);
  return new Response(`${JSON.stringify(archiveCslItems(index), null, 2)}\n`, {
    headers: { "content-type": "application/vnd.citationstyles.csl+json; charset=utf-8" },
  });
};
