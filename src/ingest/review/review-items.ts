import path from "node:path";
import { isMap, isSeq } from "yaml";
import { ENTITY_COLLECTIONS, ENTITY_KINDS, type EntityCollection, type EntityType } from "../../archive/entity-kinds.ts";
import type { CollectionName } from "../../archive/schemas/references.ts";
import { COLLECTIONS, type ArchiveEdit } from "./archive-edit.ts";
import { ReviewError, shownPath } from "./review-error.ts";
import { stringAt } from "./yaml-edits.ts";

/** What an editor can be asked to review: a draft entry, or a report the ingest was unsure to attach. */
export type ItemRef =
  | { kind: "article" | "event"; collection: "articles" | "events"; id: string }
  | { kind: EntityType; collection: EntityCollection; id: string }
  | { kind: "attachment"; collection: "events"; id: string; article: string };

export interface ReviewItem {
  /** `event:<id>`, `person:<id>`, `article:<id>`, `attachment:<event>#<article>`. */
  id: string;
  ref: ItemRef;
  file: string;
  /** The title or name, for a list. */
  label: string;
  /** The sha256 of the file when it was listed. */
  fingerprint: string;
}

export interface ReviewListing {
  items: ReviewItem[];
  /** The sha256 of every content file when it was listed, by file: what an action checks before it writes. */
  fingerprints: Map<string, string>;
}

const KIND_OF_COLLECTION = new Map<CollectionName, ItemRef["kind"]>([
  ["articles", "article"],
  ["events", "event"],
  ...ENTITY_COLLECTIONS.map((collection) => [collection, ENTITY_KINDS[collection].singular] as const),
]);

export function itemId(ref: ItemRef): string {
  return ref.kind === "attachment" ? `attachment:${ref.id}#${ref.article}` : `${ref.kind}:${ref.id}`;
}

const ITEM_KINDS = [...KIND_OF_COLLECTION.values(), "attachment"].join(", ");

/** Reads `event:<id>`, `person:<id>`, … `attachment:<event>#<article>`. */
export function parseItemId(text: string): ItemRef {
  const [, kind, rest] = /^([a-z]+):(.+)$/.exec(text) ?? [];
  if (kind === "attachment") {
    const [event, article] = rest!.split("#");
    if (event && article) return { kind, collection: "events", id: event, article };
  } else if (kind) {
    const collection = [...KIND_OF_COLLECTION].find(([, singular]) => singular === kind)?.[0];
    if (collection) return { kind, collection, id: rest! } as ItemRef;
  }
  throw new ReviewError(`"${text}" is not an item; write it as <kind>:<id> (kinds: ${ITEM_KINDS}), or attachment:<event>#<article>`);
}

/** An id given with or without its kind: `KEEP` or `event:KEEP`. */
export function plainId(text: string, kind: string): string {
  return text.startsWith(`${kind}:`) ? text.slice(kind.length + 1) : text;
}

/** The file of an entry, or an error naming the folder searched. */
export function entryFile(edit: ArchiveEdit, collection: CollectionName, id: string): string {
  const file = edit.fileOf(collection, id);
  if (file) return file;
  const folder = shownPath(path.join(edit.contentDir, collection));
  throw new ReviewError(`${folder}/ has no entry with the id "${id}"; use a file name without its extension (npm run review -- list)`);
}

/** The title or name an entry shows. */
export function entryLabel(edit: ArchiveEdit, file: string): string {
  const document = edit.document(file);
  return stringAt(document, "title") ?? stringAt(document, "name") ?? edit.idOf(file);
}

function unsureArticles(edit: ArchiveEdit, file: string): string[] {
  const reports = edit.document(file).get("reports", true);
  if (!isSeq(reports)) return [];
  const articles = reports.items.filter(
    (report) => isMap(report) && isMap(report.get("why", true)) && report.getIn(["why", "unsure"]) === true,
  );
  return [...new Set(articles.map((report) => String((report as { get(key: string): unknown }).get("article"))))];
}

/** Every draft article, event and entity, and every report attached unsure, with the fingerprints of the whole archive. */
export function listReviewItems(edit: ArchiveEdit): ReviewListing {
  const items: ReviewItem[] = [];
  const fingerprints = new Map<string, string>();
  for (const collection of COLLECTIONS) {
    for (const file of edit.files(collection)) {
      const fingerprint = edit.fingerprint(file);
      fingerprints.set(file, fingerprint);
      const id = edit.idOf(file);
      const label = entryLabel(edit, file);
      if (edit.document(file).get("draft") === true) {
        const ref = { kind: KIND_OF_COLLECTION.get(collection), collection, id } as ItemRef;
        items.push({ id: itemId(ref), ref, file, label, fingerprint });
      }
      if (collection !== "events") continue;
      for (const article of unsureArticles(edit, file)) {
        const ref: ItemRef = { kind: "attachment", collection, id, article };
        items.push({ id: itemId(ref), ref, file, label: `${article} attached to "${label}"`, fingerprint });
      }
    }
  }
  return { items, fingerprints };
}

/** Whether an item's entry is a draft (an attachment is reviewed while its report is unsure). */
export function isPending(edit: ArchiveEdit, ref: ItemRef): boolean {
  const file = entryFile(edit, ref.collection, ref.id);
  return ref.kind === "attachment" ? unsureArticles(edit, file).includes(ref.article) : edit.document(file).get("draft") === true;
}
