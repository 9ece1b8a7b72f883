import { spawnSync } from "node:child_process";
import { appendFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { brokenLinks } from "../../src/site/built-links.ts";
import { builtPage } from "../support/built-html.ts";
import { readBuiltSite } from "../support/built-site.ts";
import { snapshotTree } from "../support/ingest.ts";
import {
  addReviewDrafts,
  DRAFT_ARTICLE,
  DRAFT_MEETING,
  DRAFT_SIGNING,
  filesNaming,
  SIGNING,
  SUB_EVENT,
} from "../support/review-archive.ts";
import { buildSite, createTempSite, REPO_ROOT, type CommandResult, type TempSite } from "../support/temp-site.ts";

const REVIEW_CLI = path.join(REPO_ROOT, "src/ingest/review/review-cli.ts");

interface ReviewRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run review -- …args` in the temp site, with stdout and stderr apart (stdout of --json is one JSON object). */
function review(site: TempSite, args: string[]): ReviewRun {
  const result = spawnSync(process.execPath, [REVIEW_CLI, ...args], {
    cwd: site.root,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function json(run: ReviewRun): Record<string, unknown> {
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as Record<string, unknown>;
}

describe("reviewing drafts of a copy of the archive, then building it", { timeout: 240_000 }, () => {
  let site: TempSite;
  let runs: ReviewRun[];
  let build: CommandResult;

  beforeAll(() => {
    site = createTempSite();
    addReviewDrafts(site.file("content"));
    runs = [
      review(site, ["merge", "events", SIGNING, DRAFT_SIGNING, "--json"]),
      review(site, ["merge", "entities", "people", "mohammad-bagheri", "general-baqeri", "--json"]),
      review(site, ["drop", "organization:state-tv", "--json"]),
      review(site, ["drop", `article:${DRAFT_ARTICLE}`, "--json"]),
    ];
    build = buildSite(site);
  }, 240_000);
  afterAll(() => site?.remove());

  it("merges two events, merges two people and drops two drafts, each saying what it wrote and removed", () => {
    expect(runs.map(json)).toEqual([
      {
        ok: true,
        summary: `merged event:${DRAFT_SIGNING} into event:${SIGNING}`,
        written: [`events/${SIGNING}.yaml`, `events/${DRAFT_MEETING}.yaml`, `events/${SUB_EVENT}.yaml`].sort(),
        created: [],
        removed: [`events/${DRAFT_SIGNING}.yaml`],
      },
      expect.objectContaining({
        summary: "merged person:general-baqeri into person:mohammad-bagheri",
        removed: ["people/general-baqeri.yaml"],
      }),
      expect.objectContaining({ summary: "dropped organization:state-tv", removed: ["organizations/state-tv.yaml"] }),
      expect.objectContaining({
        summary: `dropped article:${DRAFT_ARTICLE}`,
        removed: [`articles/2020/${DRAFT_ARTICLE}.mdx`, `events/${DRAFT_MEETING}.yaml`],
      }),
    ]);
  });

  it("leaves no content file naming a removed entry", () => {
    for (const id of [DRAFT_SIGNING, "general-baqeri", "state-tv", DRAFT_ARTICLE, DRAFT_MEETING])
      expect(filesNaming(site.file("content"), id), id).toEqual([]);
  });

  it("builds without a reference error, with every internal link landing on a page and an anchor the build produced", () => {
    expect(build.status, build.output).toBe(0);
    // A reference to a missing entry is logged by Astro as an error without failing the build.
    expect(build.output.split("\n").filter((line) => line.includes("[ERROR]"))).toEqual([]);
    const built = readBuiltSite(site.file("dist"), "/");
    expect(built.pages.size).toBeGreaterThan(20);
    expect(brokenLinks(built.pages, built.otherFiles, "/")).toEqual([]);
  });

  it("shows the sub-event of the dropped signing under the kept one", () => {
    const page = builtPage(site.root, `/events/${SUB_EVENT}/`);
    expect(page).toContain(`/events/${SIGNING}/`);
  });
});

describe("an action on an archive changed since it was listed", { timeout: 60_000 }, () => {
  let site: TempSite | undefined;
  afterEach(() => site?.remove());

  it("is refused with exit status 1, naming the changed file, and writes nothing", () => {
    site = createTempSite();
    addReviewDrafts(site.file("content"));
    const listing = review(site, ["list", "--json"]);
    const listed = json(listing) as { items: { id: string }[] };
    expect(listed.items.map((item) => item.id)).toContain(`event:${DRAFT_SIGNING}`);
    writeFileSync(site.file("listed.json"), listing.stdout);
    appendFileSync(site.file(`content/events/${DRAFT_MEETING}.yaml`), "summary: edited after the listing\n");
    const before = snapshotTree(site.file("content"));
    const run = review(site, ["merge", "events", SIGNING, DRAFT_SIGNING, "--listed", "listed.json"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`content/events/${DRAFT_MEETING}.yaml has changed since it was listed; nothing was written.`);
    expect(snapshotTree(site.file("content"))).toEqual(before);
  });

  it("is refused with --expect when the item's file has another fingerprint", () => {
    site = createTempSite();
    addReviewDrafts(site.file("content"));
    const run = review(site, ["accept", `event:${DRAFT_SIGNING}`, "--expect", "0".repeat(64), "--json"]);
    expect(run.status).toBe(1);
    expect(JSON.parse(run.stdout)).toEqual({
      ok: false,
      error: expect.stringContaining(`content/events/${DRAFT_SIGNING}.yaml has changed`),
    });
  });

  it("is wrong usage (exit status 2) when the command is not one of review's", () => {
    site = createTempSite();
    const run = review(site, ["approve", "event:x"]);
    expect([run.status, run.stderr.split("\n")[0]]).toEqual([
      2,
      '"approve" is not a review command; use list, accept, rename, merge, split or drop',
    ]);
  });
});
