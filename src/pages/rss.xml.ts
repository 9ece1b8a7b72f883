import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { getRecordIndex } from "../site/publishing/published-records.ts";
import { feedChannel, feedItems } from "../site/publishing/feed.ts";

/** `/rss.xml`: the archive's reports, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const { records } = await getRecordIndex(site, import.meta.env.BASE_URL);
  return rss({ ...feedChannel(records), items: feedItems(records), trailingSlash: true });
};
