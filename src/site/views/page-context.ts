import { absoluteLinks, siteLinks, type SiteLinks } from "../links.ts";

/** What every page view needs besides the archive: its links, relative for the page, absolute for what leaves it. */
export interface PageContext {
  links: SiteLinks;
  absolute: SiteLinks;
}

/** The context of a page built for `site` (`Astro.site`) under `base` (`import.meta.env.BASE_URL`). */
export function pageContext(site: URL | string | undefined, base: string): PageContext {
  return { links: siteLinks(base), absolute: absoluteLinks(site, base) };
}
