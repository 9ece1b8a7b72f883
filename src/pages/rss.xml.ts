import rss from "@astrojs/rss";
import type { APIRoute } from "astro";
import { absoluteLinks } from "../site/links.ts";
import { getArchive } from "../site/load-archive.ts";
import { feedChannel, feedItems } from "../site/publishing/feed.ts";

/** `/rss.xml`: the archive's reports, newest first. */
export const GET: APIRoute = async ({ site }) => {
  const links = absoluteLinks(site, import.meta.env.BASE_URL);
  return rss({ ...feedChannel(links), items: feedItems(await getArchive(), links), trailingSlash: true });
};
