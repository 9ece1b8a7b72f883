import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ArchiveLockedError, DEFAULT_LOCK_TIMEOUT_S, LOCK_FILE } from "../archive/archive-lock.ts";
import { runIngest } from "./run-batch.ts";
import { formatResult, formatSummary, progressLine } from "./report-text.ts";
import { isReportLanguage, REPORT_LANGUAGES } from "./raw-report/language.ts";
import { readInputs, type CaptureSummary } from "./sources/captured-inputs.ts";
import { isIsoDate } from "../archive/calendar.ts";

const USAGE = `Usage: npm run ingest -- [--out DIR] [--content DIR] [--publisher ID] [--source-url URL] [--lang en|ar|fa] [--published YYYY-MM-DD] [--[no-]keep-original] [--dry-run] [--json] [--force] [--lock-timeout SECONDS] <file|dir>...

Turns reports into draft articles (content/articles/<year>/<slug>.mdx) and the events they report. An input is
a raw dated wire text, a saved web page (.html), a web capture (.warc, .warc.gz, .wacz: every article page in
it) or an RSS or Atom feed (.xml, .rss, .atom: every item that carries the article's text).
  --out DIR         write articles under DIR instead of <content>/articles
  --content DIR     the archive's content folder (entities, events), default: content
  --publisher ID    organization id of the outlet that published the reports
  --source-url URL  address of the original report (one input only)
  --lang en|ar|fa   the reports' language, instead of telling it from their letters
  --published YYYY-MM-DD
                    the day of publication of a saved page that gives none
  --keep-original   store each input's exact bytes as <content>/originals/<sha256>.<ext> and publish them
                    (the default for WARC and WACZ; --no-keep-original to not)
  --dry-run         check and report, write nothing
  --json            print one JSON object on stdout: {"results":[…],"captures":[…]}
  --force           replace an existing article with the same id
  --lock-timeout SECONDS
                    how long to wait while another command writes the archive (<content>/${LOCK_FILE}), default ${DEFAULT_LOCK_TIMEOUT_S}
Exit status: 0 all inputs ingested, 1 some failed (the others are still processed), 2 wrong usage,
3 the archive stayed locked by another writer for the whole --lock-timeout (nothing was written).`;

function usageError(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function expandInputs(inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(input).isDirectory();
    } catch {
      return [input];
    }
    if (!isDirectory) return [input];
    // Hidden files and folders (.git, editor and sync state) are not reports.
    return readdirSync(input, { recursive: true, withFileTypes: true })
      .filter(
        (entry) =>
          entry.isFile() &&
          !path
            .relative(input, path.join(entry.parentPath, entry.name))
            .split(path.sep)
            .some((part) => part.startsWith(".")),
      )
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
  });
}

/** "capture.warc.gz: 4 reports, 1 failed; skipped 6 records (3 request, 1 image/png, 1 HTTP 301, 1 HTTP 404)". */
function captureLine(capture: CaptureSummary): string {
  const skipped = Object.entries(capture.skipped).sort(([a], [b]) => a.localeCompare(b));
  const count = skipped.reduce((sum, [, n]) => sum + n, 0);
  return [
    `${capture.file}: ${capture.reports} report${capture.reports === 1 ? "" : "s"}`,
    ...(capture.failed > 0 ? [`, ${capture.failed} failed`] : []),
    ...(count > 0
      ? [`; skipped ${count} record${count === 1 ? "" : "s"} (${skipped.map(([reason, n]) => `${n} ${reason}`).join(", ")})`]
      : []),
  ].join("");
}

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      allowNegative: true,
      options: {
        out: { type: "string" },
        content: { type: "string", default: "content" },
        publisher: { type: "string" },
        "source-url": { type: "string" },
        lang: { type: "string" },
        published: { type: "string" },
        "keep-original": { type: "boolean" },
        "dry-run": { type: "boolean", default: false },
        json: { type: "boolean", default: false },
        force: { type: "boolean", default: false },
        "lock-timeout": { type: "string", default: String(DEFAULT_LOCK_TIMEOUT_S) },
        help: { type: "boolean", short: "h", default: false },
      },
    });
  } catch (error) {
    usageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (positionals.length === 0) usageError("No input: name at least one raw text file or folder.");
  const inputs = expandInputs(positionals);
  if (values["source-url"] && inputs.length > 1) usageError("--source-url names one report's address; give exactly one input with it.");
  const lockTimeoutS = Number(values["lock-timeout"]);
  if (!/^\d+(\.\d+)?$/.test(values["lock-timeout"]) || !Number.isFinite(lockTimeoutS))
    usageError(
      `--lock-timeout ${values["lock-timeout"]} is not a number of seconds; give one such as --lock-timeout 120 (0: do not wait).`,
    );
  const language = values.lang;
  if (language !== undefined && !isReportLanguage(language))
    usageError(`--lang ${language} is not a language the ingest reads; give one of ${REPORT_LANGUAGES.join(", ")}.`);
  if (values.published !== undefined && !isIsoDate(values.published))
    usageError(`--published ${values.published} is not a day; write it as YYYY-MM-DD, e.g. --published 2020-07-08.`);
  const read = await readInputs(inputs, {
    ...(values["keep-original"] !== undefined ? { keepOriginal: values["keep-original"] } : {}),
    ...(values.published ? { published: values.published } : {}),
  });
  for (const capture of read.captures) if (!values.json) process.stdout.write(`${captureLine(capture)}\n`);
  const options = {
    dryRun: values["dry-run"],
    force: values.force,
    publisher: values.publisher,
    sourceUrl: values["source-url"],
    ...(language ? { language } : {}),
  };
  const showProgress = process.stderr.isTTY && inputs.length > 1;
  const results = await runIngest(read.inputs, {
    contentDir: path.resolve(values.content),
    articlesDir: values.out ? path.resolve(values.out) : undefined,
    options,
    lockTimeoutS,
    onLockNotice: (message) => process.stderr.write(`${message}\n`),
    onResult: (result, position) => {
      if (showProgress) process.stderr.write(progressLine(position + 1, read.inputs.length, result.input));
      if (!values.json) process.stdout.write(`${showProgress ? "\r\x1b[K" : ""}${formatResult(result, process.cwd())}\n`);
    },
  });
  if (showProgress) process.stderr.write("\n");
  if (values.json) process.stdout.write(`${JSON.stringify({ results, captures: read.captures })}\n`);
  else process.stdout.write(`${formatSummary(results, options.dryRun)}\n`);
  process.exitCode = results.every((result) => result.ok) ? 0 : 1;
}

try {
  await main();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = error instanceof ArchiveLockedError ? 3 : 1;
}
