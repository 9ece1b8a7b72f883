import { collectionOfType, perEntityCollection, type EntityCollection } from "../../archive/entity-kinds.ts";
import type { EntityMention } from "../names/entity-matcher.ts";

/**
 * The ids of the entities mentioned, one list per entity collection, each id once in the order of its first
 * mention; an id given in `first` leads its collection's list (an article's publisher, its dateline's place).
 */
export function mentionedIds(
  mentions: readonly EntityMention[],
  first: Partial<Record<EntityCollection, string | null>> = {},
): Record<EntityCollection, string[]> {
  const ids = perEntityCollection((collection) => new Set(first[collection] ? [first[collection]] : []));
  for (const mention of mentions) ids[collectionOfType(mention.type)].add(mention.id);
  return perEntityCollection((collection) => [...ids[collection]]);
}
