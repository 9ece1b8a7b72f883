import type { APIRoute } from "astro";
import { getRecordIndex } from "../../site/publishing/published-records.ts";
import { eventsCsv } from "../../site/publishing/open-data.ts";

/** `/data/events.csv`: every event, one row each, as RFC 4180 CSV (columns in the README, "Open data"). */
export const GET: APIRoute = async ({ site }) => {
  const { records } = await getRecordIndex(site, import.meta.env.BASE_URL);
  return new Response(eventsCsv(records), { headers: { "content-type": "text/csv; charset=utf-8; header=present" } });
};
