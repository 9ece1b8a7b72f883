import { DEFAULT_LOCK_TIMEOUT_S, takeArchiveLock } from "../../archive/archive-lock.ts";
import type { CollectionName } from "../../archive/schemas/references.ts";
import { finishInterruptedWrites, WriteJournal } from "../write-journal.ts";
import { ArchiveEdit } from "./archive-edit.ts";
import { ReviewError, shownPath } from "./review-error.ts";
import { entryFile, listReviewItems, type ReviewListing } from "./review-items.ts";

/** What the files an action changes must still be, as the editor saw them. */
export interface Expectations {
  /** Every content file's fingerprint when the archive was listed (`review list --json`), by file. */
  listed?: ReadonlyMap<string, string>;
  /** Fingerprints given one by one (`--expect`), each of the file of an entry the action names. */
  entries?: readonly { collection: CollectionName; id: string; fingerprint: string }[];
}

export interface ReviewOutcome {
  summary: string;
  written: string[];
  created: string[];
  removed: string[];
}

export interface RunSettings {
  expect?: Expectations;
  lockTimeoutS?: number;
  onLockNotice?: (message: string) => void;
}

const LIST_AGAIN = "nothing was written. List the archive again (npm run review -- list) and review what it holds now";

/** The files of the entries given fingerprints, found before the action removes any of them. */
function expectedFiles(edit: ArchiveEdit, expect: Expectations): { file: string; fingerprint: string }[] {
  return (expect.entries ?? []).map(({ collection, id, fingerprint }) => ({ file: entryFile(edit, collection, id), fingerprint }));
}

/** Refuses, naming the file, when a file the action would change is not the one the editor was shown. */
export function refuseStaleInput(
  edit: ArchiveEdit,
  files: readonly string[],
  listed: ReadonlyMap<string, string> | undefined,
  entries: readonly { file: string; fingerprint: string }[] = [],
): void {
  for (const { file, fingerprint } of entries) {
    if (edit.fingerprint(file) !== fingerprint)
      throw new ReviewError(`${shownPath(file)} has changed since its fingerprint ${fingerprint.slice(0, 12)}… was taken; ${LIST_AGAIN}`);
  }
  if (!listed) return;
  for (const file of files) {
    const fingerprint = listed.get(file);
    if (fingerprint === undefined) throw new ReviewError(`${shownPath(file)} was not in the archive when it was listed; ${LIST_AGAIN}`);
    if (edit.fingerprint(file) !== fingerprint) throw new ReviewError(`${shownPath(file)} has changed since it was listed; ${LIST_AGAIN}`);
  }
}

function lockSettings(settings: RunSettings, activity: "writing" | "reading") {
  return { command: "review", activity, timeoutS: settings.lockTimeoutS ?? DEFAULT_LOCK_TIMEOUT_S, onWait: settings.onLockNotice };
}

/**
 * Runs one review action on the archive: under the archive's lock, after completing a writer's interrupted step,
 * it plans every change, refuses stale input, then writes and removes the files as one step of the write journal.
 */
export async function runReviewAction(
  contentDir: string,
  action: (edit: ArchiveEdit) => string,
  settings: RunSettings = {},
): Promise<ReviewOutcome> {
  const lock = await takeArchiveLock(contentDir, lockSettings(settings, "writing"));
  try {
    const rewritten = finishInterruptedWrites(contentDir, []);
    if (rewritten.length > 0)
      settings.onLockNotice?.(`completed the interrupted writes of the last command: ${rewritten.map(shownPath).join(", ")}`);
    const edit = new ArchiveEdit(contentDir);
    const expect = settings.expect ?? {};
    const entries = expectedFiles(edit, expect);
    const summary = action(edit);
    const { writes, written, created, removed } = edit.plan();
    refuseStaleInput(edit, [...written, ...removed], expect.listed, entries);
    if (writes.length > 0) {
      const journal = new WriteJournal(contentDir);
      try {
        journal.writeTogether(writes);
      } finally {
        journal.close();
      }
    }
    return { summary, written, created, removed };
  } finally {
    lock.release();
  }
}

/** Lists what awaits an editor, reading the archive while no command writes it. */
export async function listArchive(contentDir: string, settings: RunSettings = {}): Promise<ReviewListing> {
  const lock = await takeArchiveLock(contentDir, lockSettings(settings, "reading"));
  try {
    return listReviewItems(new ArchiveEdit(contentDir));
  } finally {
    lock.release();
  }
}
