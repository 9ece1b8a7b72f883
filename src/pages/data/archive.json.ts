import type { APIRoute } from "astro";
import { absoluteLinks } from "../../site/links.ts";
import { getArchive } from "../../site/load-archive.ts";
import { archiveJson } from "../../site/publishing/open-data.ts";

/** `/data/archive.json`: the whole archive's metadata as open data (format in the README, "Open data"). */
export const GET: APIRoute = async ({ site }) => {
  const json = archiveJson(await getArchive(), absoluteLinks(site, import.meta.env.BASE_URL));
  return new Response(json, { headers: { "content-type": "application/json; charset=utf-8" } });
};
