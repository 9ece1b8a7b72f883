import type { YAMLMap, YAMLSeq } from "yaml";
import type { CollectionName } from "../../archive/schemas/references.ts";
import type { ArchiveEdit } from "./archive-edit.ts";
import { fieldsReferencing, type ReferenceField } from "./reference-fields.ts";
import { removeReference, replaceReference } from "./yaml-edits.ts";

/** Points every reference to the entry `from` of `target`, in every file of the archive, at `to`. */
export function redirectReferences(edit: ArchiveEdit, target: CollectionName, from: string, to: string): void {
  for (const field of fieldsReferencing(target)) {
    for (const file of edit.files(field.holder)) if (replaceReference(edit.document(file), field, from, to) > 0) edit.changed(file);
  }
}

/**
 * Removes every reference to the entry `id` of `target`: an optional field goes, a list loses the id, a list entry
 * that needs it (a report of a dropped article) goes whole. `beforeRemoving` may keep something of each first.
 */
export function removeReferences(
  edit: ArchiveEdit,
  target: CollectionName,
  id: string,
  beforeRemoving?: (field: ReferenceField) => ((holder: YAMLMap | YAMLSeq) => void) | undefined,
): void {
  for (const field of fieldsReferencing(target)) {
    for (const file of edit.files(field.holder)) {
      if (removeReference(edit.document(file), field, id, beforeRemoving?.(field)) > 0) edit.changed(file);
    }
  }
}

/** Takes out of one file the references it makes to itself (a place its own country, an event its own parent). */
export function removeSelfReferences(edit: ArchiveEdit, collection: CollectionName, file: string): void {
  const id = edit.idOf(file);
  for (const field of fieldsReferencing(collection).filter((candidate) => candidate.holder === collection)) {
    if (removeReference(edit.document(file), field, id) > 0) edit.changed(file);
  }
}
