import { readFileSync } from "node:fs";
import path from "node:path";
import type { ReviewOutcome } from "./run-action.ts";
import { ReviewError, shownPath } from "./review-error.ts";
import type { ReviewListing } from "./review-items.ts";

/** The listing for a reader: each item's id, title or name, file and fingerprint, then the count. */
export function listingText(listing: ReviewListing): string {
  const items = listing.items.map((item) => `${item.id}\n  ${item.label}\n  ${shownPath(item.file)}  ${item.fingerprint}\n`);
  return `${items.join("")}${listing.items.length} item${listing.items.length === 1 ? "" : "s"} to review`;
}

/** What an action did, for a reader: its summary, then the files written, created and removed. */
export function outcomeText(outcome: ReviewOutcome): string {
  const files = [
    ["wrote", outcome.written],
    ["created", outcome.created],
    ["removed", outcome.removed],
  ] as const;
  return [
    outcome.summary,
    ...files.filter(([, list]) => list.length > 0).map(([verb, list]) => `  ${verb} ${list.map(shownPath).join(", ")}`),
  ].join("\n");
}

/**
 * The listing as `review list --json` prints it, every file relative to the content folder, so that it can be
 * kept and handed back with `--listed` from any working folder.
 */
export function listingJson(listing: ReviewListing, contentDir: string): object {
  const relative = (file: string) => path.relative(contentDir, file).split(path.sep).join("/");
  return {
    items: listing.items.map(({ id, ref, file, label, fingerprint }) => ({ id, kind: ref.kind, file: relative(file), label, fingerprint })),
    fingerprints: Object.fromEntries([...listing.fingerprints].map(([file, fingerprint]) => [relative(file), fingerprint])),
  };
}

/** The fingerprints of a saved listing, by absolute file. */
export function readListedFingerprints(listingFile: string, contentDir: string): Map<string, string> {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(listingFile, "utf8"));
  } catch (error) {
    throw new ReviewError(
      `${shownPath(listingFile)} is not a listing (${(error as Error).message}); save one with npm run review -- list --json > FILE`,
    );
  }
  const fingerprints = (data as { fingerprints?: unknown } | null)?.fingerprints;
  if (typeof fingerprints !== "object" || fingerprints === null)
    throw new ReviewError(`${shownPath(listingFile)} has no "fingerprints"; save a listing with npm run review -- list --json > FILE`);
  return new Map(Object.entries(fingerprints as Record<string, string>).map(([file, sha]) => [path.resolve(contentDir, file), sha]));
}

/** An action's outcome for `--json`, files relative to the content folder. */
export function outcomeJson(outcome: ReviewOutcome, contentDir: string): object {
  const relative = (files: string[]) => files.map((file) => path.relative(contentDir, file).split(path.sep).join("/"));
  return {
    ok: true,
    summary: outcome.summary,
    written: relative(outcome.written),
    created: relative(outcome.created),
    removed: relative(outcome.removed),
  };
}
