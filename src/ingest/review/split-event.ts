import path from "node:path";
import { isMap, isSeq, stringify, type YAMLMap } from "yaml";
import { slugify } from "../../archive/slugs.ts";
import { YAML_OPTIONS, type ArchiveEdit } from "./archive-edit.ts";
import { eventSpan } from "./merge-events.ts";
import { ReviewError, shownPath } from "./review-error.ts";
import { entryFile } from "./review-items.ts";

function uniqueEventId(edit: ArchiveEdit, base: string): string {
  let id = base;
  for (let n = 2; edit.fileOf("events", id); n += 1) id = `${base}-${n}`;
  return id;
}

/**
 * Moves an article's reports off an event into a new draft event of the same days, kind of action, place and
 * parties, for an editor to correct: the ingest attached a report to an event it does not report. The new
 * event's id is made from its title like the ingest makes it, with a number when it is taken.
 */
export function splitEvent(edit: ArchiveEdit, event: string, article: string): string {
  const file = entryFile(edit, "events", event);
  const document = edit.document(file);
  const reports = document.get("reports", true);
  if (!isSeq(reports)) throw new ReviewError(`${shownPath(file)}: the event lists no reports; nothing to split`);
  const all = reports.items;
  const moving = all.filter((report): report is YAMLMap => isMap(report) && report.get("article") === article);
  if (moving.length === 0) throw new ReviewError(`${shownPath(file)}: no report of "${article}" is listed under reports; nothing to split`);
  if (moving.length === all.length)
    throw new ReviewError(`${shownPath(file)}: every report of the event is from "${article}"; splitting would leave it with none`);
  const data = (document.toJSON() ?? {}) as Record<string, unknown>;
  const title = typeof data.title === "string" ? data.title : event;
  const { start } = eventSpan(document);
  const id = uniqueEventId(edit, `${start}-${slugify(title, 60) || "event"}`);
  const kept = ["title", "date", "start", "end", "parent", "place", "people", "organizations", "action", "status"];
  const created = {
    ...Object.fromEntries(kept.filter((key) => data[key] !== undefined).map((key) => [key, data[key]])),
    draft: true,
    // Why it was attached to the other event says nothing of this one.
    reports: moving.map((report) => {
      const copy = report.toJSON() as Record<string, unknown>;
      delete copy.why;
      return copy;
    }),
  };
  reports.items = all.filter((report) => !moving.includes(report as YAMLMap));
  edit.changed(file);
  edit.create(path.join(edit.contentDir, "events", `${id}.yaml`), stringify(created, YAML_OPTIONS));
  return `split the reports of article:${article} off event:${event} into the new draft event:${id}`;
}
