import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ArchiveLockedError, DEFAULT_LOCK_TIMEOUT_S, LOCK_FILE } from "../archive/archive-lock.ts";
import { runIngest } from "./run-batch.ts";
import { formatResult, formatSummary, progressLine } from "./report-text.ts";
import { isReportLanguage, REPORT_LANGUAGES } from "./raw-report/language.ts";

const USAGE = `Usage: npm run ingest -- [--out DIR] [--content DIR] [--publisher ID] [--source-url URL] [--lang en|ar|fa] [--dry-run] [--json] [--force] [--lock-timeout SECONDS] <file|dir>...

Turns raw dated wire texts into draft articles (content/articles/<year>/<slug>.mdx) and the events they report.
  --out DIR         write articles under DIR instead of <content>/articles
  --content DIR     the archive's content folder (entities, events), default: content
  --publisher ID    organization id of the outlet that published the reports
  --source-url URL  address of the original report (one input only)
  --lang en|ar|fa   the reports' language, instead of telling it from their letters
  --dry-run         check and report, write nothing
  --json            print one JSON object on stdout: {"results":[…]}
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

async function main(): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        out: { type: "string" },
        content: { type: "string", default: "content" },
        publisher: { type: "string" },
        "source-url": { type: "string" },
        lang: { type: "string" },
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
  const options = {
    dryRun: values["dry-run"],
    force: values.force,
    publisher: values.publisher,
    sourceUrl: values["source-url"],
    ...(language ? { language } : {}),
  };
  const showProgress = process.stderr.isTTY && inputs.length > 1;
  const results = await runIngest(inputs, {
    contentDir: path.resolve(values.content),
    articlesDir: values.out ? path.resolve(values.out) : undefined,
    options,
    lockTimeoutS,
    onLockNotice: (message) => process.stderr.write(`${message}\n`),
    onResult: (result, position) => {
      if (showProgress) process.stderr.write(progressLine(position + 1, inputs.length, result.input));
      if (!values.json) process.stdout.write(`${showProgress ? "\r\x1b[K" : ""}${formatResult(result, process.cwd())}\n`);
    },
  });
  if (showProgress) process.stderr.write("\n");
  if (values.json) process.stdout.write(`${JSON.stringify({ results })}\n`);
  else process.stdout.write(`${formatSummary(results, options.dryRun)}\n`);
  process.exitCode = results.every((result) => result.ok) ? 0 : 1;
}

try {
  await main();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = error instanceof ArchiveLockedError ? 3 : 1;
}
