import { createHash } from "node:crypto";
import { readFileSync, rmSync } from "node:fs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadArchiveIndex } from "../../../../src/ingest/archive-index.ts";
import { ReviewError } from "../../../../src/ingest/review/review-error.ts";
import { parseItemId } from "../../../../src/ingest/review/review-items.ts";
import { listArchive } from "../../../../src/ingest/review/run-action.ts";
import {
  ARTICLE,
  createReviewArchive,
  DRAFT_ARTICLE,
  DRAFT_MEETING,
  DRAFT_SIGNING,
  REVIEW_DRAFTS,
  SUB_EVENT,
  type ReviewArchive,
} from "../../../support/review-archive.ts";

describe("the review list", () => {
  let archive: ReviewArchive;
  beforeEach(() => {
    archive = createReviewArchive();
  });
  afterEach(() => archive.remove());

  it("starts from an archive the ingest reads without complaint", () => {
    expect(loadArchiveIndex(archive.content).events.size).toBe(7);
  });

  it("lists every draft article, event and entity and each unsure attachment, by a stable id", async () => {
    const { items } = await listArchive(archive.content);
    expect(items.map((item) => item.id)).toEqual([
      `article:${DRAFT_ARTICLE}`,
      `event:${SUB_EVENT}`,
      `event:${DRAFT_SIGNING}`,
      `attachment:${DRAFT_SIGNING}#${ARTICLE}`,
      `event:${DRAFT_MEETING}`,
      "person:general-baqeri",
      "organization:state-tv",
      "place:dimashq",
    ]);
    const signing = items.find((item) => item.id === `event:${DRAFT_SIGNING}`)!;
    expect([signing.file, signing.label]).toEqual([archive.file(`events/${DRAFT_SIGNING}.yaml`), "Baqeri and Ayyoub sign agreement"]);
  });

  it("records the sha256 of each item's file and of every other content file", async () => {
    const { items, fingerprints } = await listArchive(archive.content);
    const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");
    for (const item of items) expect(item.fingerprint, item.id).toBe(sha(item.file));
    const curated = archive.file("places/damascus.yaml");
    expect(fingerprints.get(curated)).toBe(sha(curated));
    // The curated 19 files and the 7 drafts.
    expect(fingerprints.size).toBe(26);
  });

  it("lists nothing for an archive without drafts", async () => {
    for (const relative of Object.keys(REVIEW_DRAFTS)) rmSync(archive.file(relative));
    expect((await listArchive(archive.content)).items).toEqual([]);
  });
});

describe("an item id", () => {
  it("names a kind and an id, or an event and an article for an attachment", () => {
    expect(parseItemId("person:mohammad-bagheri")).toEqual({ kind: "person", collection: "people", id: "mohammad-bagheri" });
    expect(parseItemId("attachment:e#a")).toEqual({ kind: "attachment", collection: "events", id: "e", article: "a" });
  });

  it("of an unknown kind is refused with the kinds there are", () => {
    expect(() => parseItemId("people:x")).toThrow(ReviewError);
    expect(() => parseItemId("people:x")).toThrow("kinds: article, event, person, organization, place, attachment");
  });
});
