import type { NetworkNode } from "../figures/network-figure.ts";
import type { Ties } from "../figures/network-ties.ts";
import { findEntityByKey, type Archive } from "../index-archive.ts";
import type { SiteLinks } from "../links.ts";

/** One tie of the network as a table row: the two entities, linked, and the reports they share. */
export interface TieRow {
  a: NetworkNode;
  b: NetworkNode;
  weight: number;
}

/** The entity an entity key (`people/mohammad-bagheri`) names, as a network draws it; undefined when missing. */
export function networkNode(archive: Archive, links: SiteLinks, key: string): NetworkNode | undefined {
  const entity = findEntityByKey(archive, key);
  return entity && { key, name: entity.name, href: links.entity(entity.collection, entity.id), collection: entity.collection };
}

/** The ties as table rows, in the order the ties come (`strongestTies`: strongest first). */
export function tieRows(archive: Archive, links: SiteLinks, ties: Ties): TieRow[] {
  return ties.edges.flatMap((edge) => {
    const [a, b] = [networkNode(archive, links, edge.a), networkNode(archive, links, edge.b)];
    return a && b ? [{ a, b, weight: edge.weight }] : [];
  });
}
