import { isMap, isSeq, type YAMLMap } from "yaml";
import type { ArchiveEdit } from "./archive-edit.ts";
import { ReviewError, shownPath } from "./review-error.ts";
import { entryFile, itemId, type ItemRef } from "./review-items.ts";

/** The reports of an article an event lists with `why.unsure: true`. */
export function unsureReports(edit: ArchiveEdit, file: string, article: string): YAMLMap[] {
  const reports = edit.document(file).get("reports", true);
  if (!isSeq(reports)) return [];
  return reports.items.filter(
    (report): report is YAMLMap => isMap(report) && report.get("article") === article && report.getIn(["why", "unsure"]) === true,
  );
}

/**
 * An editor's yes: a draft is no longer one (`draft: true` goes, and a place's `coordinatesProposed: true` with it),
 * an unsure report is sure (`why.unsure: false`).
 */
export function acceptItem(edit: ArchiveEdit, ref: ItemRef): string {
  const file = entryFile(edit, ref.collection, ref.id);
  const document = edit.document(file);
  if (ref.kind === "attachment") {
    const reports = unsureReports(edit, file, ref.article);
    if (reports.length === 0)
      throw new ReviewError(`${shownPath(file)}: no report of "${ref.article}" is marked unsure (why.unsure: true); nothing to accept`);
    for (const report of reports) report.setIn(["why", "unsure"], false);
  } else {
    if (document.get("draft") !== true)
      throw new ReviewError(`${shownPath(file)}: ${itemId(ref)} is not a draft (no draft: true); nothing to accept`);
    document.delete("draft");
    // Accepting a place accepts what its file says, the coordinates the ingest proposed with it included.
    if (document.get("coordinatesProposed") === true) {
      document.delete("coordinatesProposed");
      edit.changed(file);
      return `accepted ${itemId(ref)} and its proposed coordinates (coordinatesProposed removed)`;
    }
  }
  edit.changed(file);
  return `accepted ${itemId(ref)}`;
}
