import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mergeEvents } from "../../../../src/ingest/review/merge-events.ts";
import { runReviewAction } from "../../../../src/ingest/review/run-action.ts";
import {
  ARTICLE,
  createReviewArchive,
  DRAFT_ARTICLE,
  DRAFT_MEETING,
  DRAFT_SIGNING,
  filesNaming,
  SIGNING,
  SUB_EVENT,
  type ReviewArchive,
} from "../../../support/review-archive.ts";

describe("merging two events", () => {
  let archive: ReviewArchive;
  beforeEach(() => {
    archive = createReviewArchive();
  });
  afterEach(() => archive.remove());
  const merge = (keep: string, drop: string) => runReviewAction(archive.content, (edit) => mergeEvents(edit, keep, drop));

  it("gives the kept event the dropped one's reports, none twice, and its parties, then removes the dropped file", async () => {
    const outcome = await merge(SIGNING, DRAFT_SIGNING);
    expect(outcome.removed).toEqual([archive.file(`events/${DRAFT_SIGNING}.yaml`)]);
    expect(archive.exists(`events/${DRAFT_SIGNING}.yaml`)).toBe(false);
    const kept = archive.data(`events/${SIGNING}.yaml`);
    expect(kept.reports).toEqual([
      { article: ARTICLE, paragraph: 5, phrase: "on Wednesday" },
      { article: DRAFT_ARTICLE, paragraph: 1, phrase: "on Wednesday" },
    ]);
    expect(kept.people).toEqual(["mohammad-bagheri", "ali-abdullah-ayyoub", "general-baqeri"]);
    expect(kept.organizations).toEqual(["armed-forces-of-iran", "syrian-ministry-of-defense", "state-tv"]);
    // What the kept event already had stays; what it lacked comes before its reports.
    expect([kept.place, kept.title, kept.draft]).toEqual(["damascus", "Iran and Syria sign a military and security agreement", undefined]);
    expect(archive.text(`events/${SIGNING}.yaml`)).toMatch(/\naction: signing\nreports:\n/);
  });

  it("points a sub-event's parent and another event's conflict at the kept event", async () => {
    const outcome = await merge(SIGNING, DRAFT_SIGNING);
    expect(archive.data(`events/${SUB_EVENT}.yaml`).parent).toBe(SIGNING);
    expect(archive.data(`events/${DRAFT_MEETING}.yaml`).conflicts).toEqual([
      { event: SIGNING, article: ARTICLE, note: "the same talks, dated a day earlier" },
    ]);
    expect(outcome.written).toEqual([SIGNING, SUB_EVENT, DRAFT_MEETING].map((id) => archive.file(`events/${id}.yaml`)).sort());
    expect(filesNaming(archive.content, DRAFT_SIGNING)).toEqual([]);
  });

  it("drops a reference the kept event would make to itself", async () => {
    await merge(DRAFT_SIGNING, SUB_EVENT);
    expect(archive.data(`events/${DRAFT_SIGNING}.yaml`).parent).toBeUndefined();
    expect(filesNaming(archive.content, SUB_EVENT)).toEqual([]);
  });

  it("refuses events of different days, naming both files, and changes nothing", async () => {
    const before = archive.text(`events/${DRAFT_MEETING}.yaml`);
    await expect(merge(SIGNING, DRAFT_MEETING)).rejects.toThrow(
      new RegExp(`events/${DRAFT_MEETING}\\.yaml is dated 2020-07-09 and .*events/${SIGNING}\\.yaml 2020-07-08`),
    );
    expect(archive.text(`events/${DRAFT_MEETING}.yaml`)).toBe(before);
  });

  it("refuses an event that does not exist", async () => {
    await expect(merge(SIGNING, "2020-01-01-nothing")).rejects.toThrow('has no entry with the id "2020-01-01-nothing"');
  });
});
