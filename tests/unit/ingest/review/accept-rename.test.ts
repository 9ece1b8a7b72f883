import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { acceptItem } from "../../../../src/ingest/review/accept-item.ts";
import { renameItem } from "../../../../src/ingest/review/rename-item.ts";
import { parseItemId } from "../../../../src/ingest/review/review-items.ts";
import { runReviewAction } from "../../../../src/ingest/review/run-action.ts";
import { ARTICLE, createReviewArchive, DRAFT_ARTICLE, DRAFT_SIGNING, type ReviewArchive } from "../../../support/review-archive.ts";

describe("accepting an item", () => {
  let archive: ReviewArchive;
  beforeEach(() => {
    archive = createReviewArchive();
  });
  afterEach(() => archive.remove());
  const accept = (item: string) => runReviewAction(archive.content, (edit) => acceptItem(edit, parseItemId(item)));

  it("takes draft: true off an event, keeping the rest of the file as it was", async () => {
    const before = archive.text(`events/${DRAFT_SIGNING}.yaml`);
    const outcome = await accept(`event:${DRAFT_SIGNING}`);
    expect(outcome).toEqual({
      summary: `accepted event:${DRAFT_SIGNING}`,
      written: [archive.file(`events/${DRAFT_SIGNING}.yaml`)],
      created: [],
      removed: [],
    });
    expect(archive.text(`events/${DRAFT_SIGNING}.yaml`)).toBe(before.replace("draft: true\n", ""));
  });

  it("takes draft: true off an article's frontmatter and leaves its body byte for byte", async () => {
    const before = archive.text(`articles/2020/${DRAFT_ARTICLE}.mdx`);
    await accept(`article:${DRAFT_ARTICLE}`);
    expect(archive.text(`articles/2020/${DRAFT_ARTICLE}.mdx`)).toBe(before.replace("draft: true\n", ""));
  });

  it("makes an unsure attachment sure", async () => {
    await accept(`attachment:${DRAFT_SIGNING}#${ARTICLE}`);
    const reports = archive.data(`events/${DRAFT_SIGNING}.yaml`).reports as { why?: { unsure: boolean } }[];
    expect(reports.map((report) => report.why?.unsure)).toEqual([undefined, false]);
  });

  it("refuses an entry that is not a draft, naming its file", async () => {
    await expect(accept("person:mohammad-bagheri")).rejects.toThrow(
      /people\/mohammad-bagheri\.yaml: person:mohammad-bagheri is not a draft/,
    );
  });
});

describe("renaming an item", () => {
  let archive: ReviewArchive;
  beforeEach(() => {
    archive = createReviewArchive();
  });
  afterEach(() => archive.remove());
  const rename = (item: string, text: string) => runReviewAction(archive.content, (edit) => renameItem(edit, parseItemId(item), text));

  it("gives an event a new title and keeps its id", async () => {
    await rename(`event:${DRAFT_SIGNING}`, "Bagheri and Ayyoub sign a military agreement");
    expect(archive.data(`events/${DRAFT_SIGNING}.yaml`).title).toBe("Bagheri and Ayyoub sign a military agreement");
  });

  it("gives an entity a new name and keeps the old one as an alias", async () => {
    await rename("person:general-baqeri", "Baqeri");
    const person = archive.data("people/general-baqeri.yaml");
    expect([person.name, person.aliases]).toEqual(["Baqeri", ["General Baqeri"]]);
    expect(archive.text("people/general-baqeri.yaml")).toContain("aliases: [General Baqeri]\n");
  });

  it("refuses an empty name", async () => {
    await expect(rename("person:general-baqeri", "  ")).rejects.toThrow("the new name of person:general-baqeri is empty");
  });
});
