import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mergeEntities } from "../../../../src/ingest/review/merge-entities.ts";
import { runReviewAction } from "../../../../src/ingest/review/run-action.ts";
import type { EntityCollection } from "../../../../src/archive/entity-kinds.ts";
import {
  ARTICLE,
  createReviewArchive,
  DRAFT_ARTICLE,
  DRAFT_SIGNING,
  filesNaming,
  type ReviewArchive,
} from "../../../support/review-archive.ts";

describe("merging two entities", () => {
  let archive: ReviewArchive;
  beforeEach(() => {
    archive = createReviewArchive();
  });
  afterEach(() => archive.remove());
  const merge = (collection: EntityCollection, keep: string, drop: string) =>
    runReviewAction(archive.content, (edit) => mergeEntities(edit, collection, keep, drop));

  it("gives the kept person the dropped one's name as an alias and where the ingest found it, then removes the file", async () => {
    await merge("people", "mohammad-bagheri", "general-baqeri");
    const kept = archive.data("people/mohammad-bagheri.yaml");
    expect(kept.name).toBe("Mohammad Bagheri");
    expect(kept.aliases).toEqual([
      "Bagheri",
      "Baqeri",
      "Muhammad Baqeri",
      "Mohammad Baqeri",
      "General Bagheri",
      "Major General Mohammad Bagheri",
      "General Baqeri",
    ]);
    expect(kept.foundIn).toEqual([{ article: DRAFT_ARTICLE, paragraph: 1, text: "General Baqeri" }]);
    expect(kept.draft).toBeUndefined();
    expect(archive.exists("people/general-baqeri.yaml")).toBe(false);
  });

  it("rewrites every reference: events' people and why, an article's people and quote speakers, without duplicates", async () => {
    await merge("people", "mohammad-bagheri", "general-baqeri");
    const event = archive.data(`events/${DRAFT_SIGNING}.yaml`) as { people: string[]; reports: { why?: { people: string[] } }[] };
    expect(event.people).toEqual(["mohammad-bagheri", "ali-abdullah-ayyoub"]);
    expect(event.reports[1]!.why!.people).toEqual(["mohammad-bagheri"]);
    const article = archive.data(`articles/2020/${DRAFT_ARTICLE}.mdx`) as { people: string[]; quotes: { speaker: string }[] };
    expect(article.people).toEqual(["mohammad-bagheri", "ali-abdullah-ayyoub"]);
    expect(article.quotes[0]!.speaker).toBe("mohammad-bagheri");
    expect(filesNaming(archive.content, "general-baqeri")).toEqual([]);
  });

  it("rewrites an organization as publisher, outlet of a citation and reporter of a quote", async () => {
    await merge("organizations", "al-mayadeen", "state-tv");
    const article = archive.data(`articles/2020/${DRAFT_ARTICLE}.mdx`) as Record<string, unknown>;
    expect(article.publisher).toBe("al-mayadeen");
    expect(article.cites).toEqual([{ outlet: "al-mayadeen", paragraph: 1, phrase: "state TV said" }]);
    expect((article.quotes as { reportedBy: string[] }[])[0]!.reportedBy).toEqual(["al-mayadeen"]);
    expect(filesNaming(archive.content, "state-tv")).toEqual([]);
  });

  it("rewrites a place as an event's place and an article's dateline, and drops a country link to itself", async () => {
    await merge("places", "damascus", "dimashq");
    expect(archive.data(`events/${DRAFT_SIGNING}.yaml`).place).toBe("damascus");
    const damascus = archive.data("places/damascus.yaml");
    expect([damascus.country, damascus.aliases]).toEqual(["syria", ["Dimashq", "Dimashq city"]]);
    await merge("places", "syria", "damascus");
    expect(archive.data("places/syria.yaml").country).toBeUndefined();
    expect(archive.data(`articles/2020/${DRAFT_ARTICLE}.mdx`).dateline).toBe("syria");
    expect(archive.data(`articles/2020/${ARTICLE}.mdx`).places).toEqual(["tehran", "iran", "syria", "united-states"]);
  });
});
