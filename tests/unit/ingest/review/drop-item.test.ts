import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dropItem } from "../../../../src/ingest/review/drop-item.ts";
import { parseItemId } from "../../../../src/ingest/review/review-items.ts";
import { runReviewAction } from "../../../../src/ingest/review/run-action.ts";
import {
  ARTICLE,
  createReviewArchive,
  DRAFT_ARTICLE,
  DRAFT_MEETING,
  DRAFT_SIGNING,
  filesNaming,
  SUB_EVENT,
  type ReviewArchive,
} from "../../../support/review-archive.ts";

describe("dropping a draft", () => {
  let archive: ReviewArchive;
  beforeEach(() => {
    archive = createReviewArchive();
  });
  afterEach(() => archive.remove());
  const drop = (item: string) => runReviewAction(archive.content, (edit) => dropItem(edit, parseItemId(item)));

  it("of an organization removes it from lists, an optional field, and the citation that needs it", async () => {
    await drop("organization:state-tv");
    expect(archive.exists("organizations/state-tv.yaml")).toBe(false);
    const article = archive.data(`articles/2020/${DRAFT_ARTICLE}.mdx`) as Record<string, unknown>;
    expect([article.publisher, article.organizations, article.cites]).toEqual([undefined, [], []]);
    expect((article.quotes as { reportedBy: string[] }[])[0]!.reportedBy).toEqual(["al-mayadeen"]);
    expect(archive.data(`events/${DRAFT_SIGNING}.yaml`).organizations).toEqual([]);
    expect(filesNaming(archive.content, "state-tv")).toEqual([]);
  });

  it("of a person keeps the name of a quote's speaker", async () => {
    await drop("person:general-baqeri");
    const quote = (archive.data(`articles/2020/${DRAFT_ARTICLE}.mdx`).quotes as Record<string, unknown>[])[0]!;
    expect([quote.speaker, quote.speakerName]).toEqual([undefined, "General Baqeri"]);
    expect(filesNaming(archive.content, "general-baqeri")).toEqual([]);
  });

  it("of an event removes its sub-events' parent and the conflicts that name it", async () => {
    await drop(`event:${DRAFT_SIGNING}`);
    expect(archive.data(`events/${SUB_EVENT}.yaml`).parent).toBeUndefined();
    expect(archive.data(`events/${DRAFT_MEETING}.yaml`).conflicts).toEqual([]);
    expect(filesNaming(archive.content, DRAFT_SIGNING)).toEqual([]);
  });

  it("of an article removes its reports and findings, and the events it alone reported", async () => {
    const outcome = await drop(`article:${DRAFT_ARTICLE}`);
    expect(outcome.removed).toEqual([archive.file(`articles/2020/${DRAFT_ARTICLE}.mdx`), archive.file(`events/${DRAFT_MEETING}.yaml`)]);
    const signing = archive.data(`events/${DRAFT_SIGNING}.yaml`) as { reports: { article: string }[] };
    expect(signing.reports.map((report) => report.article)).toEqual([ARTICLE]);
    expect(archive.data("people/general-baqeri.yaml").foundIn).toEqual([]);
    expect(filesNaming(archive.content, DRAFT_ARTICLE)).toEqual([]);
    expect(filesNaming(archive.content, DRAFT_MEETING)).toEqual([]);
  });

  it("of an unsure attachment takes the report off its event", async () => {
    await drop(`attachment:${DRAFT_SIGNING}#${ARTICLE}`);
    const signing = archive.data(`events/${DRAFT_SIGNING}.yaml`) as { reports: { article: string }[] };
    expect(signing.reports.map((report) => report.article)).toEqual([DRAFT_ARTICLE]);
  });

  it("is refused for an entry that is not a draft, naming its file, and nothing changes", async () => {
    const before = archive.text("people/mohammad-bagheri.yaml");
    await expect(drop("person:mohammad-bagheri")).rejects.toThrow(/people\/mohammad-bagheri\.yaml: .*drop deletes drafts only/);
    expect(archive.text("people/mohammad-bagheri.yaml")).toBe(before);
  });
});
