import type { APIRoute } from "astro";
import { getArchive } from "../../site/load-archive.ts";
import { searchNames } from "../../site/search/search-names.ts";

/** `/search/names.json`: the names and word variants the search page expands a query with (see `SearchNames`). */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchNames(await getArchive())), { headers: { "content-type": "application/json; charset=utf-8" } });
