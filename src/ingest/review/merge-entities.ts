import { ENTITY_KINDS, type EntityCollection } from "../../archive/entity-kinds.ts";
import type { ArchiveEdit } from "./archive-edit.ts";
import { redirectReferences, removeSelfReferences } from "./archive-references.ts";
import { ReviewError } from "./review-error.ts";
import { entryFile } from "./review-items.ts";
import { appendToList, removeFromList, setField, stringAt } from "./yaml-edits.ts";

const LISTS = ["aliases", "originalScript", "foundIn"];

/**
 * Merges two entries for one person, organization or place: `keep` gains `drop`'s name and aliases as aliases,
 * its original-script names, where the ingest found it, and every field it lacks; every reference to `drop` in
 * the archive then names `keep`, and `drop`'s file goes.
 */
export function mergeEntities(edit: ArchiveEdit, collection: EntityCollection, keep: string, drop: string): string {
  const singular = ENTITY_KINDS[collection].singular;
  if (keep === drop) throw new ReviewError(`merge entities needs two different ${collection}; both are "${keep}"`);
  const keptFile = entryFile(edit, collection, keep);
  const droppedFile = entryFile(edit, collection, drop);
  const kept = edit.document(keptFile);
  const dropped = (edit.document(droppedFile).toJSON() ?? {}) as Record<string, unknown>;
  const listOf = (key: string): unknown[] => (Array.isArray(dropped[key]) ? dropped[key] : []);
  const keptName = stringAt(kept, "name");
  appendToList(kept, kept, "aliases", [...(typeof dropped.name === "string" ? [dropped.name] : []), ...listOf("aliases")]);
  if (keptName) removeFromList(kept, "aliases", [keptName]);
  for (const key of LISTS.slice(1)) appendToList(kept, kept, key, listOf(key));
  for (const [key, value] of Object.entries(dropped)) {
    if (LISTS.includes(key) || key === "name" || key === "draft" || value === "" || value === null) continue;
    if (kept.get(key) === undefined || kept.get(key) === "") setField(kept, key, kept.createNode(value));
  }
  edit.changed(keptFile);
  edit.remove(droppedFile);
  redirectReferences(edit, collection, drop, keep);
  removeSelfReferences(edit, collection, keptFile);
  return `merged ${singular}:${drop} into ${singular}:${keep}`;
}
