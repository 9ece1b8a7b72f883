import { isMap, isSeq } from "yaml";
import type { CollectionName } from "../../archive/schemas/references.ts";
import { unsureReports } from "./accept-item.ts";
import type { ArchiveEdit } from "./archive-edit.ts";
import { removeReferences } from "./archive-references.ts";
import { ReviewError, shownPath } from "./review-error.ts";
import { entryFile, entryLabel, itemId, type ItemRef } from "./review-items.ts";

function hasReports(edit: ArchiveEdit, file: string): boolean {
  const reports = edit.document(file).get("reports", true);
  return isSeq(reports) && reports.items.length > 0;
}

/**
 * Removes an entry and every reference to it. An event left without reports (its only article dropped) goes too,
 * since an event stands on at least one report; a quote whose speaker goes keeps the speaker's name.
 */
function removeEntry(edit: ArchiveEdit, collection: CollectionName, file: string): void {
  const id = edit.idOf(file);
  const name = entryLabel(edit, file);
  edit.remove(file);
  removeReferences(edit, collection, id, (field) =>
    field.path.at(-1) === "speaker"
      ? (quote) => {
          if (isMap(quote) && !quote.has("speakerName")) quote.set("speakerName", name);
        }
      : undefined,
  );
  if (collection !== "articles") return;
  for (const event of edit.files("events")) if (!hasReports(edit, event)) removeEntry(edit, "events", event);
}

/**
 * An editor's no: deletes a draft article, event or entity, with every reference to it; or takes an unsure
 * report off the event it was attached to. Refuses an entry that is not a draft.
 */
export function dropItem(edit: ArchiveEdit, ref: ItemRef): string {
  const file = entryFile(edit, ref.collection, ref.id);
  if (ref.kind === "attachment") {
    const dropping = unsureReports(edit, file, ref.article);
    if (dropping.length === 0)
      throw new ReviewError(`${shownPath(file)}: no report of "${ref.article}" is marked unsure (why.unsure: true); nothing to drop`);
    const reports = edit.document(file).get("reports", true);
    if (!isSeq(reports) || reports.items.length === dropping.length)
      throw new ReviewError(
        `${shownPath(file)}: the event has no other report; drop the event (event:${ref.id}) if it is a draft, or keep the report`,
      );
    reports.items = reports.items.filter((report) => !dropping.includes(report as never));
    edit.changed(file);
    return `dropped the unsure report of article:${ref.article} from event:${ref.id}`;
  }
  if (edit.document(file).get("draft") !== true)
    throw new ReviewError(
      `${shownPath(file)}: ${itemId(ref)} is not a draft (no draft: true); drop deletes drafts only. Merge it into another entry instead`,
    );
  removeEntry(edit, ref.collection, file);
  return `dropped ${itemId(ref)}`;
}
