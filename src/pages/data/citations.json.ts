import type { APIRoute } from "astro";
import { absoluteLinks } from "../../site/links.ts";
import { getArchive } from "../../site/load-archive.ts";
import { archiveCslItems } from "../../site/publishing/article-citation.ts";

/** `/data/citations.json`: every report's citation as CSL-JSON, for a reference manager (README, "Open data"). */
export const GET: APIRoute = async ({ site }) => {
  const items = archiveCslItems(await getArchive(), absoluteLinks(site, import.meta.env.BASE_URL));
  return new Response(`${JSON.stringify(items, null, 2)}\n`, {
    headers: { "content-type": "application/vnd.citationstyles.csl+json; charset=utf-8" },
  });
};
