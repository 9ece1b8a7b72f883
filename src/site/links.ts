import type { EntityCollection } from "../archive/entity-kinds.ts";
import { paragraphId } from "../archive/paragraphs.ts";
import { pageSegment } from "./paging.ts";

/**
 * Every address of the site, under its deployment folder. Pages link with site-relative addresses
 * (`siteLinks(import.meta.env.BASE_URL)`); feeds, structured data, citations and open data need absolute ones
 * (`absoluteLinks(Astro.site, base)`): the same addresses, with the origin in front.
 */
export interface SiteLinks {
  /** The archive's home page. */
  home: string;
  /** A report's page, or one of its paragraphs (`#p-N`). */
  article(id: string, paragraph?: number): string;
  /** A person's, organization's or place's page: `/people/<id>/`. */
  entity(collection: EntityCollection, id: string): string;
  /** An event's page: `/events/<id>/`. */
  event(id: string): string;
  /** A page of the archive-wide timeline: `/timeline/`, `/timeline/2020/`, `/timeline/2020/07/`. */
  timeline(path?: string): string;
  /** Page N of an index: `/people/`, then `/people/page/2/`. */
  directory(section: EntityCollection | "events", page: number): string;
  /** Any other address under the site's folder, e.g. `search/`. */
  page(path: string): string;
}

function linksFrom(prefix: (path: string) => string): SiteLinks {
  return {
    home: prefix(""),
    article: (id, paragraph) => prefix(`articles/${id}/${paragraph ? `#${paragraphId(paragraph)}` : ""}`),
    entity: (collection, id) => prefix(`${collection}/${id}/`),
    event: (id) => prefix(`events/${id}/`),
    timeline: (path) => prefix(`timeline/${path ? `${path}/` : ""}`),
    directory: (section, page) => {
      const segment = pageSegment(page);
      return prefix(`${section}/${segment ? `${segment}/` : ""}`);
    },
    page: (path) => prefix(path),
  };
}

const relative = new Map<string, SiteLinks>();

/** Site-relative addresses under `base` (`import.meta.env.BASE_URL`, with leading and trailing slashes). */
export function siteLinks(base: string): SiteLinks {
  let links = relative.get(base);
  if (!links) {
    links = linksFrom((path) => `${base}${path}`);
    relative.set(base, links);
  }
  return links;
}

/** Absolute addresses: `site` is the origin (`Astro.site`), `base` the deployment folder. */
export function absoluteLinks(site: URL | string | undefined, base: string): SiteLinks {
  const origin = new URL(String(site ?? "http://localhost:4321"));
  return linksFrom((path) => new URL(`${base}${path}`, origin).href);
}
