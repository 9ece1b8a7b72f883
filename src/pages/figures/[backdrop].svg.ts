import type { APIRoute, GetStaticPaths } from "astro";
import { mapBackdrop } from "../../site/figures/map-backdrop.ts";
import { siteLinks } from "../../site/links.ts";
import { getArchive } from "../../site/load-archive.ts";
import { everyMap } from "../../site/views/figure-views.ts";

/** `/figures/map-<digest>.svg`: the land and borders of each different map, once, for every page that draws it. */
export const getStaticPaths = (async () => {
  const backdrops = new Map(
    everyMap(await getArchive(), siteLinks(import.meta.env.BASE_URL))
      .map(mapBackdrop)
      .map((backdrop) => [backdrop.name, backdrop]),
  );
  return [...backdrops.values()].map(({ name, svg }) => ({ params: { backdrop: name }, props: { svg } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { svg: string }).svg, { headers: { "content-type": "image/svg+xml; charset=utf-8" } });
