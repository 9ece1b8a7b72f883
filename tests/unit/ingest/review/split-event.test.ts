import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { runReviewAction } from "../../../../src/ingest/review/run-action.ts";
import { splitEvent } from "../../../../src/ingest/review/split-event.ts";
import {
  ARTICLE,
  createReviewArchive,
  DRAFT_ARTICLE,
  DRAFT_MEETING,
  DRAFT_SIGNING,
  type ReviewArchive,
} from "../../../support/review-archive.ts";

describe("splitting an article's reports off an event", () => {
  let archive: ReviewArchive;
  beforeEach(() => {
    archive = createReviewArchive();
  });
  afterEach(() => archive.remove());
  const split = (event: string, article: string) => runReviewAction(archive.content, (edit) => splitEvent(edit, event, article));

  it("moves them into a new draft event of the same day and action, with an id made from the title", async () => {
    const outcome = await split(DRAFT_SIGNING, ARTICLE);
    const id = "2020-07-08-baqeri-and-ayyoub-sign-agreement-2";
    expect(outcome.created).toEqual([archive.file(`events/${id}.yaml`)]);
    expect(archive.data(`events/${id}.yaml`)).toEqual({
      title: "Baqeri and Ayyoub sign agreement",
      date: "2020-07-08",
      place: "dimashq",
      people: ["general-baqeri", "ali-abdullah-ayyoub"],
      organizations: ["state-tv"],
      action: "signing",
      draft: true,
      reports: [{ article: ARTICLE, paragraph: 5, phrase: "on Wednesday" }],
    });
    expect(archive.data(`events/${DRAFT_SIGNING}.yaml`).reports).toEqual([
      { article: DRAFT_ARTICLE, paragraph: 1, phrase: "on Wednesday" },
    ]);
  });

  it("refuses to leave an event without reports", async () => {
    await expect(split(DRAFT_MEETING, DRAFT_ARTICLE)).rejects.toThrow(`every report of the event is from "${DRAFT_ARTICLE}"`);
  });

  it("refuses an article the event does not list", async () => {
    await expect(split(DRAFT_MEETING, ARTICLE)).rejects.toThrow(`no report of "${ARTICLE}" is listed under reports`);
  });
});
