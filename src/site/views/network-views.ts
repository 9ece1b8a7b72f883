import type { EntityCollection } from "../../archive/entity-kinds.ts";
import type { Ties } from "../figures/network-ties.ts";
import type { Archive } from "../index-archive.ts";
import type { SiteLinks } from "../links.ts";
import type { NamedLink } from "./named-links.ts";

/** One tie of the network as a table row: the two entities, linked, and the reports they share. */
export interface TieRow {
  a: NamedLink & { href: string };
  b: NamedLink & { href: string };
  weight: number;
}

/** The entity an entity key (`people/mohammad-bagheri`) names, with its collection and page; undefined when missing. */
export function entityAtKey(archive: Archive, links: SiteLinks, key: string) {
  const [collection, id] = key.split("/") as [EntityCollection, string];
  const entity = archive.entities[collection]?.get(id);
  return entity ? { key, name: entity.name, href: links.entity(collection, id), collection } : undefined;
}

/** The ties as table rows, strongest first, as the drawing draws them. */
export function tieRows(archive: Archive, links: SiteLinks, ties: Ties): TieRow[] {
  const named = (key: string) => entityAtKey(archive, links, key);
  return [...ties.edges]
    .sort((x, y) => y.weight - x.weight || (x.a < y.a ? -1 : x.a > y.a ? 1 : x.b < y.b ? -1 : x.b > y.b ? 1 : 0))
    .flatMap((edge) => {
      const a = named(edge.a);
      const b = named(edge.b);
      return a && b ? [{ a, b, weight: edge.weight }] : [];
    });
}
