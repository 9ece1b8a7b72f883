import type { ArchiveEdit } from "./archive-edit.ts";
import { ReviewError, shownPath } from "./review-error.ts";
import { entryFile, itemId, type ItemRef } from "./review-items.ts";
import { appendToList, removeFromList, stringAt } from "./yaml-edits.ts";

/**
 * Gives an event or an article a new title, or an entity a new name; the id (the file name) stays. An entity
 * keeps its old name as an alias, so the reports that spell it so still find it.
 */
export function renameItem(edit: ArchiveEdit, ref: ItemRef, newText: string): string {
  if (ref.kind === "attachment")
    throw new ReviewError(`${itemId(ref)} is a report attached to an event; rename the event (event:${ref.id})`);
  const file = entryFile(edit, ref.collection, ref.id);
  const document = edit.document(file);
  const text = newText.replace(/\s+/g, " ").trim();
  const key = ref.kind === "event" || ref.kind === "article" ? "title" : "name";
  if (text === "") throw new ReviewError(`the new ${key} of ${itemId(ref)} is empty; give the words to show`);
  const old = stringAt(document, key);
  if (old === text) throw new ReviewError(`${shownPath(file)}: ${key} is already "${text}"; nothing to rename`);
  document.set(key, text);
  if (key === "name") {
    removeFromList(document, "aliases", [text]);
    if (old) appendToList(document, document, "aliases", [old]);
  }
  edit.changed(file);
  return `renamed ${itemId(ref)}: ${key} "${text}"${old ? ` (was "${old}")` : ""}`;
}
