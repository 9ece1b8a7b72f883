import { autocomplete, confirm, intro, isCancel, log, outro, select, text } from "@clack/prompts";
import type { EntityCollection } from "../../archive/entity-kinds.ts";
import { acceptItem } from "./accept-item.ts";
import { ArchiveEdit } from "./archive-edit.ts";
import { dropItem } from "./drop-item.ts";
import { mergeEntities } from "./merge-entities.ts";
import { mergeEvents } from "./merge-events.ts";
import { renameItem } from "./rename-item.ts";
import { ReviewError } from "./review-error.ts";
import { entryLabel, type ReviewItem, type ReviewListing } from "./review-items.ts";
import { outcomeText } from "./review-output.ts";
import { listArchive, runReviewAction, type ReviewOutcome, type RunSettings } from "./run-action.ts";
import { splitEvent } from "./split-event.ts";

type Act = (edit: ArchiveEdit) => string;

/** A prompt's answer, or null when the editor cancelled it (Ctrl-C, Esc). */
async function answer<T>(prompt: Promise<T | symbol>): Promise<Exclude<T, symbol> | null> {
  const value = await prompt;
  return isCancel(value) ? null : (value as Exclude<T, symbol>);
}

async function mergeAct(contentDir: string, item: ReviewItem): Promise<Act | null> {
  const edit = new ArchiveEdit(contentDir);
  const others = edit.files(item.ref.collection).filter((file) => file !== item.file);
  const target = await answer(
    autocomplete({
      message: `Merge ${item.id} with which entry?`,
      options: others.map((file) => ({ value: edit.idOf(file), label: entryLabel(edit, file), hint: edit.idOf(file) })),
      placeholder: "type to search",
    }),
  );
  if (target === null) return null;
  const keepOther = await answer(
    select({
      message: "Which one stays?",
      options: [
        { value: true, label: `${target} (${item.id} is merged into it and removed)` },
        { value: false, label: `${item.ref.id} (${target} is merged into it and removed)` },
      ],
    }),
  );
  if (keepOther === null) return null;
  const [keep, drop] = keepOther ? [target, item.ref.id] : [item.ref.id, target];
  if (item.ref.collection === "events") return (change) => mergeEvents(change, keep, drop);
  const collection = item.ref.collection as EntityCollection;
  return (change) => mergeEntities(change, collection, keep, drop);
}

async function splitAct(contentDir: string, item: ReviewItem): Promise<Act | null> {
  const event = item.ref.id;
  if (item.ref.kind === "attachment") {
    const { article } = item.ref;
    return (edit) => splitEvent(edit, event, article);
  }
  const { reports = [] } = (new ArchiveEdit(contentDir).document(item.file).toJSON() ?? {}) as { reports?: { article: string }[] };
  const articles = [...new Set(reports.map((report) => report.article))];
  const chosen = await answer(
    select({ message: "Move which article's reports to a new event?", options: articles.map((article) => ({ value: article })) }),
  );
  return chosen === null ? null : (edit) => splitEvent(edit, event, chosen);
}

/** What the editor chose to do with an item, as an action; null to leave it. */
async function chooseAct(contentDir: string, item: ReviewItem): Promise<Act | null> {
  const isEvent = item.ref.kind === "event" || item.ref.kind === "attachment";
  const choices = [
    { value: "accept", label: item.ref.kind === "attachment" ? "Accept: the report belongs to the event" : "Accept" },
    ...(item.ref.kind === "attachment" ? [] : [{ value: "rename", label: "Rename" }]),
    ...(item.ref.kind === "article" || item.ref.kind === "attachment" ? [] : [{ value: "merge", label: "Merge with another entry" }]),
    ...(isEvent ? [{ value: "split", label: "Split an article's reports into a new event" }] : []),
    { value: "drop", label: item.ref.kind === "attachment" ? "Drop: take the report off the event" : "Drop the draft" },
    { value: "skip", label: "Skip" },
  ];
  const choice = await answer(select({ message: `${item.id}: ${item.label}`, options: choices }));
  const { ref } = item;
  switch (choice) {
    case "accept":
      return (edit) => acceptItem(edit, ref);
    case "rename": {
      const key = ref.kind === "event" || ref.kind === "article" ? "title" : "name";
      const renamed = await answer(text({ message: `New ${key}`, initialValue: item.label }));
      return renamed === null ? null : (edit) => renameItem(edit, ref, renamed);
    }
    case "merge":
      return mergeAct(contentDir, item);
    case "split":
      return splitAct(contentDir, item);
    case "drop":
      return (await answer(confirm({ message: `Drop ${item.id} and every reference to it?` }))) ? (edit) => dropItem(edit, ref) : null;
    default:
      return null;
  }
}

/** The next listing: a file this session did not write keeps the fingerprint the editor was shown. */
function nextListing(shown: ReviewListing, now: ReviewListing, outcome: ReviewOutcome): ReviewListing {
  const ours = new Set([...outcome.written, ...outcome.created]);
  const fingerprints = new Map(now.fingerprints);
  for (const [file, fingerprint] of shown.fingerprints) if (fingerprints.has(file) && !ours.has(file)) fingerprints.set(file, fingerprint);
  return { items: now.items, fingerprints };
}

/**
 * Walks the list on a terminal: pick an item, pick what to do. Each action is the same function the commands
 * run, checked against the listing the editor was shown right before it writes.
 */
export async function reviewInteractively(contentDir: string, settings: RunSettings): Promise<void> {
  intro("Review the archive");
  let listing = await listArchive(contentDir, settings);
  const skipped = new Set<string>();
  for (;;) {
    const pending = listing.items.filter((item) => !skipped.has(item.id));
    if (pending.length === 0) break;
    const options = [...pending.map((item) => ({ value: item.id, label: item.id, hint: item.label })), { value: "", label: "Done" }];
    const chosen = await answer(select({ message: `${pending.length} to review`, options, maxItems: 12 }));
    const item = pending.find((candidate) => candidate.id === chosen);
    if (!item) break;
    const act = await chooseAct(contentDir, item);
    if (!act) {
      skipped.add(item.id);
      continue;
    }
    try {
      const outcome = await runReviewAction(contentDir, act, { ...settings, expect: { listed: listing.fingerprints } });
      log.success(outcomeText(outcome));
      listing = nextListing(listing, await listArchive(contentDir, settings), outcome);
    } catch (error) {
      if (!(error instanceof ReviewError)) throw error;
      log.error(error.message);
      listing = await listArchive(contentDir, settings);
      log.info("Listed the archive again.");
    }
  }
  outro(skipped.size > 0 ? `${skipped.size} item${skipped.size === 1 ? "" : "s"} left for later` : "Nothing left to review");
}
