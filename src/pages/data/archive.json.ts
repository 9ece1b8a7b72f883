import type { APIRoute } from "astro";
import { getRecordIndex } from "../../site/publishing/published-records.ts";
import { archiveJson } from "../../site/publishing/open-data.ts";

/** `/data/archive.json`: the whole archive's metadata as open data (format in the README, "Open data"). */
export const GET: APIRoute = async ({ site }) => {
  const { records } = await getRecordIndex(site, import.meta.env.BASE_URL);
  return new Response(archiveJson(records), { headers: { "content-type": "application/json; charset=utf-8" } });
};
