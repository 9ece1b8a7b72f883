import type { APIRoute } from "astro";
import { getArchive } from "../../site/load-archive.ts";
import { eventsCsv } from "../../site/publishing/open-data.ts";

/** `/data/events.csv`: every event, one row each, as RFC 4180 CSV (columns in the README, "Open data"). */
export const GET: APIRoute = async () => {
  return new Response(eventsCsv(await getArchive()), { headers: { "content-type": "text/csv; charset=utf-8; header=present" } });
};
