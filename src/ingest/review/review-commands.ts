import { ENTITY_COLLECTIONS, ENTITY_KINDS, type EntityCollection } from "../../archive/entity-kinds.ts";
import type { CollectionName } from "../../archive/schemas/references.ts";
import { acceptItem } from "./accept-item.ts";
import type { ArchiveEdit } from "./archive-edit.ts";
import { dropItem } from "./drop-item.ts";
import { mergeEntities } from "./merge-entities.ts";
import { mergeEvents } from "./merge-events.ts";
import { renameItem } from "./rename-item.ts";
import { parseItemId, plainId, type ItemRef } from "./review-items.ts";
import { splitEvent } from "./split-event.ts";

/** A command line that does not say what to do (exit status 2). */
export class UsageError extends Error {}

/** An action of the command line: what it does to the archive, and the entries it names, in order (for `--expect`). */
export interface ReviewCommand {
  act: (edit: ArchiveEdit) => string;
  entries: { collection: CollectionName; id: string }[];
}

function expectArguments(command: string, given: string[], names: string[]): string[] {
  if (given.length !== names.length)
    throw new UsageError(`${command} takes ${names.join(" ")}; got ${given.length === 0 ? "nothing" : given.join(" ")}`);
  return given;
}

function entityCollection(text: string): EntityCollection {
  const collection = ENTITY_COLLECTIONS.find((candidate) => candidate === text || ENTITY_KINDS[candidate].singular === text);
  if (!collection) throw new UsageError(`"${text}" is not an entity collection; use one of ${ENTITY_COLLECTIONS.join(", ")}`);
  return collection;
}

/** Reads `accept ITEM`, `rename ITEM`, `merge events KEEP DROP`, `merge entities COLLECTION KEEP DROP`, `split EVENT ARTICLE`, `drop ITEM`. */
export function parseCommand(positionals: readonly string[], flags: { title?: string; name?: string }): ReviewCommand {
  const [command, ...rest] = positionals;
  const item = () => {
    const text = expectArguments(command!, rest, ["ITEM"])[0]!;
    let ref: ItemRef;
    try {
      ref = parseItemId(text);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    return { ref, entries: [{ collection: ref.collection, id: ref.id }] };
  };
  switch (command) {
    case "accept": {
      const { ref, entries } = item();
      return { act: (edit) => acceptItem(edit, ref), entries };
    }
    case "drop": {
      const { ref, entries } = item();
      return { act: (edit) => dropItem(edit, ref), entries };
    }
    case "rename": {
      const { ref, entries } = item();
      const text = flags.title ?? flags.name;
      if (text === undefined || (flags.title !== undefined && flags.name !== undefined))
        throw new UsageError('rename takes one of --title "…" (an event or article) or --name "…" (a person, organization or place)');
      const wanted = ref.kind === "event" || ref.kind === "article" ? "title" : "name";
      if (flags[wanted] === undefined)
        throw new UsageError(
          `an ${ref.kind === "event" || ref.kind === "article" ? "event or article" : "entity"} is renamed with --${wanted} "…"`,
        );
      return { act: (edit) => renameItem(edit, ref, text), entries };
    }
    case "merge": {
      const [what, ...ids] = rest;
      if (what === "events") {
        const [keep, drop] = expectArguments("merge events", ids, ["KEEP", "DROP"]).map((id) => plainId(id, "event"));
        return {
          act: (edit) => mergeEvents(edit, keep!, drop!),
          entries: [keep!, drop!].map((id) => ({ collection: "events", id })),
        };
      }
      if (what === "entities") {
        const [collectionText, ...pair] = expectArguments("merge entities", ids, ["COLLECTION", "KEEP", "DROP"]);
        const collection = entityCollection(collectionText!);
        const [keep, drop] = pair.map((id) => plainId(id, ENTITY_KINDS[collection].singular));
        return {
          act: (edit) => mergeEntities(edit, collection, keep!, drop!),
          entries: [keep!, drop!].map((id) => ({ collection, id })),
        };
      }
      throw new UsageError("merge takes events KEEP DROP, or entities COLLECTION KEEP DROP");
    }
    case "split": {
      const [event, article] = expectArguments("split", rest, ["EVENT", "ARTICLE"]);
      const [eventId, articleId] = [plainId(event!, "event"), plainId(article!, "article")];
      return { act: (edit) => splitEvent(edit, eventId, articleId), entries: [{ collection: "events", id: eventId }] };
    }
    default:
      throw new UsageError(`"${command}" is not a review command; use list, accept, rename, merge, split or drop`);
  }
}
