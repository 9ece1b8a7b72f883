import { isMap, isSeq, type Document, type Node } from "yaml";
import type { ArchiveEdit } from "./archive-edit.ts";
import { redirectReferences, removeSelfReferences } from "./archive-references.ts";
import { ReviewError, shownPath } from "./review-error.ts";
import { entryFile } from "./review-items.ts";
import { appendToList, setField, stringAt, stringList } from "./yaml-edits.ts";

/** The days of an event: `date`, or `start` to `end`. */
export function eventSpan(document: Document): { start: string; end: string } {
  const start = stringAt(document, "date") ?? stringAt(document, "start") ?? "";
  return { start, end: stringAt(document, "date") ?? stringAt(document, "end") ?? start };
}

function entriesOf(document: Document, key: string): Node[] {
  const list = document.get(key, true);
  return isSeq(list) ? (list.items as Node[]) : [];
}

/** Adds the entries of `from` that `into` lacks by `sameness`, copied with their style. */
function addEntries(into: Document, from: Document, key: string, sameness: (entry: unknown) => string): void {
  const present = new Set(entriesOf(into, key).map((entry) => sameness(entry)));
  const missing = entriesOf(from, key).filter((entry) => !present.has(sameness(entry)));
  if (missing.length === 0) return;
  const list = into.get(key, true);
  if (isSeq(list)) for (const entry of missing) list.add(entry.clone());
  else into.set(key, into.createNode(missing.map((entry) => entry.toJSON())));
}

function field(entry: unknown, key: string): unknown {
  return isMap(entry) ? entry.get(key) : undefined;
}

/**
 * Merges two events that are one happening: `keep` gains the reports (none twice), people and organizations of
 * `drop`, and what it lacks (place, action, parent, summary); every reference to `drop` (sub-events' `parent`,
 * `conflicts[].event`) then names `keep`, and `drop`'s file goes.
 */
export function mergeEvents(edit: ArchiveEdit, keep: string, drop: string): string {
  if (keep === drop) throw new ReviewError(`merge events needs two different events; both are "${keep}"`);
  const keptFile = entryFile(edit, "events", keep);
  const droppedFile = entryFile(edit, "events", drop);
  const kept = edit.document(keptFile);
  const dropped = edit.document(droppedFile);
  const [keptSpan, droppedSpan] = [eventSpan(kept), eventSpan(dropped)];
  if (keptSpan.start !== droppedSpan.start || keptSpan.end !== droppedSpan.end) {
    const days = (span: { start: string; end: string }) => (span.start === span.end ? span.start : `${span.start} to ${span.end}`);
    throw new ReviewError(
      `${shownPath(droppedFile)} is dated ${days(droppedSpan)} and ${shownPath(keptFile)} ${days(keptSpan)}; merged, the reports of one would give the wrong day. ` +
        `Correct the date of one first, or keep both and record the disagreement under conflicts`,
    );
  }
  addEntries(kept, dropped, "reports", (report) =>
    JSON.stringify([field(report, "article"), field(report, "paragraph"), field(report, "phrase")]),
  );
  addEntries(kept, dropped, "conflicts", (conflict) => JSON.stringify([field(conflict, "event"), field(conflict, "article")]));
  for (const key of ["people", "organizations"]) appendToList(kept, kept, key, stringList(dropped, key));
  for (const key of ["place", "action", "parent", "summary"]) {
    const value = stringAt(dropped, key);
    if (value && !stringAt(kept, key)) setField(kept, key, value);
  }
  // Once any of its reports says it happened, it is no longer only announced.
  if (stringAt(kept, "status") === "planned" && stringAt(dropped, "status") !== "planned") kept.delete("status");
  edit.changed(keptFile);
  edit.remove(droppedFile);
  redirectReferences(edit, "events", drop, keep);
  removeSelfReferences(edit, "events", keptFile);
  return `merged event:${drop} into event:${keep}`;
}
