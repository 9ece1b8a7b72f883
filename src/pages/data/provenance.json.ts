import type { APIRoute } from "astro";
import { absoluteLinks } from "../../site/links.ts";
import { getArchive } from "../../site/load-archive.ts";
import { provenanceJson } from "../../site/publishing/provenance.ts";

/** `/data/provenance.json`: every report's chain from capture to publication (README, "Provenance"). */
export const GET: APIRoute = async ({ site }) => {
  const json = provenanceJson(await getArchive(), absoluteLinks(site, import.meta.env.BASE_URL));
  return new Response(json, { headers: { "content-type": "application/json; charset=utf-8" } });
};
