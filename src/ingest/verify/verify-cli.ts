/**
 * `npm run verify [-- --content DIR | --site DIR]`: recomputes every hash of every report's provenance chain from
 * the stored originals: in the archive (`content/`, the default) or in a built site (`--site dist/`, what a reader
 * who downloaded the site would run). Each mismatch is reported with the file it is in. Exit status 0 only when
 * everything matches, 1 on any mismatch, 2 on wrong usage.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { archiveReports, siteReports, verifyReports } from "./verify-provenance.ts";

const USAGE = "Usage: npm run verify -- [--content DIR | --site DIR]";

async function main(): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      options: { content: { type: "string" }, site: { type: "string" }, help: { type: "boolean", default: false } },
    }));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    process.exit(2);
  }
  if (values.help) return void process.stdout.write(`${USAGE}\n`);
  if (values.content && values.site) {
    process.stderr.write(`Give --content or --site, not both.\n${USAGE}\n`);
    process.exit(2);
  }
  const root = path.resolve(values.site ?? values.content ?? "content");
  const reports = values.site ? siteReports(root) : archiveReports(root);
  const outcome = await verifyReports(reports, root, (file) => path.relative(process.cwd(), file) || file);
  for (const problem of outcome.problems) process.stdout.write(`✗ ${problem}\n`);
  process.stdout.write(
    `${path.relative(process.cwd(), root) || "."}: ${outcome.checked} report${outcome.checked === 1 ? "" : "s"} recomputed from their stored originals, ` +
      `${outcome.withoutOriginal} without a stored original (their text's sha256 is recorded, with nothing to recompute it from), ` +
      `${outcome.problems.length} mismatch${outcome.problems.length === 1 ? "" : "es"}.\n`,
  );
  process.exitCode = outcome.problems.length === 0 ? 0 : 1;
}

try {
  await main();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exitCode = 1;
}
