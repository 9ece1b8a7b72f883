import path from "node:path";
import { parseArgs } from "node:util";
import { ArchiveLockedError, DEFAULT_LOCK_TIMEOUT_S } from "../../archive/archive-lock.ts";
import { reviewInteractively } from "./interactive-review.ts";
import { listingJson, listingText, outcomeJson, outcomeText, readListedFingerprints } from "./review-output.ts";
import { parseCommand, UsageError } from "./review-commands.ts";
import { listArchive, runReviewAction, type Expectations } from "./run-action.ts";

const USAGE = `Usage: npm run review -- [--content DIR] [--json] [--listed FILE] [--expect FINGERPRINT]... [--lock-timeout SECONDS] <command>

Lists what awaits an editor (draft articles, events and entities; reports the ingest attached unsure) and acts on it.
  list                                  the items, each with its id, file and fingerprint (sha256)
  accept ITEM                           no longer a draft (draft: true goes); an unsure report becomes sure
  rename ITEM --title "…" | --name "…"  a new title (event, article) or name (entity, the old one kept as an alias)
  merge events KEEP DROP                KEEP gains DROP's reports and parties; references to DROP name KEEP; DROP goes
  merge entities COLLECTION KEEP DROP   the same for people, organizations or places
  split EVENT ARTICLE                   the article's reports move off EVENT into a new draft event
  drop ITEM                             deletes a draft and every reference to it (an unsure report: off its event)
ITEM: event:ID, article:ID, person:ID, organization:ID, place:ID, attachment:EVENT#ARTICLE.
With no command on a terminal, walks the list interactively.
  --content DIR      the archive's content folder, default: content
  --json             print one JSON object on stdout
  --listed FILE      a listing saved with list --json: refuse if a file the action changes is not as listed
  --expect FINGERPRINT
                     the sha256 the named entries' files must have, in the order they are named
  --lock-timeout SECONDS
                     how long to wait while another command writes the archive, default ${DEFAULT_LOCK_TIMEOUT_S}
Exit status: 0 done, 1 refused or invalid (nothing was written), 2 wrong usage, 3 the archive stayed locked.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      content: { type: "string", default: "content" },
      json: { type: "boolean", default: false },
      listed: { type: "string" },
      expect: { type: "string", multiple: true, default: [] },
      title: { type: "string" },
      name: { type: "string" },
      "lock-timeout": { type: "string", default: String(DEFAULT_LOCK_TIMEOUT_S) },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const contentDir = path.resolve(values.content);
  const lockTimeoutS = Number(values["lock-timeout"]);
  if (!/^\d+(\.\d+)?$/.test(values["lock-timeout"]))
    throw new UsageError(`--lock-timeout ${values["lock-timeout"]} is not a number of seconds`);
  const settings = { lockTimeoutS, onLockNotice: (message: string) => process.stderr.write(`${message}\n`) };
  if (positionals.length === 0) {
    if (!process.stdin.isTTY || !process.stdout.isTTY)
      throw new UsageError("No command: name one (list, accept, …), or run it on a terminal to review interactively.");
    await reviewInteractively(contentDir, settings);
    return 0;
  }
  if (positionals[0] === "list") {
    if (positionals.length > 1) throw new UsageError("list takes no arguments");
    const listing = await listArchive(contentDir, settings);
    if (values.json) process.stdout.write(`${JSON.stringify(listingJson(listing, contentDir))}\n`);
    else process.stdout.write(`${listingText(listing)}\n`);
    return 0;
  }
  const command = parseCommand(positionals, { title: values.title, name: values.name });
  if (values.expect.length > command.entries.length)
    throw new UsageError(
      `${values.expect.length} --expect for ${command.entries.length} entr${command.entries.length === 1 ? "y" : "ies"} named`,
    );
  const expect: Expectations = {
    listed: values.listed ? readListedFingerprints(values.listed, contentDir) : undefined,
    entries: values.expect.map((fingerprint, i) => ({ ...command.entries[i]!, fingerprint })),
  };
  const outcome = await runReviewAction(contentDir, command.act, { ...settings, expect });
  process.stdout.write(`${values.json ? JSON.stringify(outcomeJson(outcome, contentDir)) : outcomeText(outcome)}\n`);
  return 0;
}

const wantsJson = process.argv.includes("--json");
try {
  process.exitCode = await main();
} catch (error) {
  const message = (error as Error).message;
  if (error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith("ERR_PARSE_ARGS")) {
    process.stderr.write(`${message}\n\n${USAGE}\n`);
    process.exitCode = 2;
  } else {
    if (wantsJson) process.stdout.write(`${JSON.stringify({ ok: false, error: message })}\n`);
    process.stderr.write(`${message}\n`);
    process.exitCode = error instanceof ArchiveLockedError ? 3 : 1;
  }
}
