import { appendFileSync, writeFileSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mergeEvents } from "../../../../src/ingest/review/merge-events.ts";
import { mergeEntities } from "../../../../src/ingest/review/merge-entities.ts";
import { listArchive, runReviewAction } from "../../../../src/ingest/review/run-action.ts";
import { JOURNAL_FILE } from "../../../../src/ingest/write-journal.ts";
import { snapshotTree, writeText } from "../../../support/ingest.ts";
import {
  createReviewArchive,
  DRAFT_ARTICLE,
  DRAFT_SIGNING,
  SIGNING,
  SUB_EVENT,
  type ReviewArchive,
} from "../../../support/review-archive.ts";

describe("an action on input that changed since it was listed", () => {
  let archive: ReviewArchive;
  beforeEach(() => {
    archive = createReviewArchive();
  });
  afterEach(() => archive.remove());
  const mergeSignings = (edit: Parameters<typeof mergeEvents>[0]) => mergeEvents(edit, SIGNING, DRAFT_SIGNING);

  it("is refused, naming the changed file, even one it would only rewrite a reference in, and nothing is written", async () => {
    const { fingerprints } = await listArchive(archive.content);
    appendFileSync(archive.file(`events/${SUB_EVENT}.yaml`), "summary: added by hand after the listing\n");
    const before = snapshotTree(archive.content);
    await expect(runReviewAction(archive.content, mergeSignings, { expect: { listed: fingerprints } })).rejects.toThrow(
      new RegExp(`events/${SUB_EVENT}\\.yaml has changed since it was listed; nothing was written`),
    );
    expect(snapshotTree(archive.content)).toEqual(before);
  });

  it("is refused when a file it would change was added after the listing", async () => {
    const { fingerprints } = await listArchive(archive.content);
    writeText(
      archive.file("events/2020-07-08-added-later.yaml"),
      `title: Added later\ndate: 2020-07-08\nparent: ${DRAFT_SIGNING}\nreports:\n  - article: ${DRAFT_ARTICLE}\n    paragraph: 1\n    phrase: on Wednesday\n`,
    );
    const before = snapshotTree(archive.content);
    await expect(runReviewAction(archive.content, mergeSignings, { expect: { listed: fingerprints } })).rejects.toThrow(
      /events\/2020-07-08-added-later\.yaml was not in the archive when it was listed/,
    );
    expect(snapshotTree(archive.content)).toEqual(before);
  });

  it("goes ahead when what changed is a file it does not touch", async () => {
    const { fingerprints } = await listArchive(archive.content);
    appendFileSync(archive.file("places/tehran.yaml"), "# checked\n");
    const outcome = await runReviewAction(archive.content, mergeSignings, { expect: { listed: fingerprints } });
    expect(outcome.removed).toEqual([archive.file(`events/${DRAFT_SIGNING}.yaml`)]);
  });

  it("is refused when an entry's file does not have the fingerprint given for it", async () => {
    const { items } = await listArchive(archive.content);
    const listed = items.find((item) => item.id === "person:general-baqeri")!.fingerprint;
    const act = (edit: Parameters<typeof mergeEntities>[0]) => mergeEntities(edit, "people", "mohammad-bagheri", "general-baqeri");
    const entries = [{ collection: "people" as const, id: "general-baqeri", fingerprint: listed }];
    writeFileSync(
      archive.file("people/general-baqeri.yaml"),
      archive.text("people/general-baqeri.yaml").replace("Baqeri]", "Baqeri, Bakeri]"),
    );
    const before = snapshotTree(archive.content);
    await expect(runReviewAction(archive.content, act, { expect: { entries } })).rejects.toThrow(
      /people\/general-baqeri\.yaml has changed since its fingerprint [0-9a-f]{12}… was taken/,
    );
    expect(snapshotTree(archive.content)).toEqual(before);
  });
});

describe("an action after a crash", () => {
  let archive: ReviewArchive;
  beforeEach(() => {
    archive = createReviewArchive();
  });
  afterEach(() => archive.remove());

  it("first completes the step the crashed command left in the journal", async () => {
    const dropped = archive.file(`events/${SUB_EVENT}.yaml`);
    writeFileSync(archive.file(JOURNAL_FILE), JSON.stringify({ writes: [{ file: dropped, delete: true }] }));
    const notices: string[] = [];
    await runReviewAction(archive.content, (edit) => mergeEvents(edit, SIGNING, DRAFT_SIGNING), { onLockNotice: (m) => notices.push(m) });
    expect(archive.exists(`events/${SUB_EVENT}.yaml`)).toBe(false);
    expect(archive.exists(JOURNAL_FILE)).toBe(false);
    expect(notices).toEqual([expect.stringContaining(`completed the interrupted writes of the last command: ${dropped}`)]);
  });
});
