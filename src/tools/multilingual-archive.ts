/**
 * `node src/tools/multilingual-archive.ts [--out DIR]`: the archive the multilingual browser tests and gates build
 * (`npm run build:test`): a copy of content/ with the Arabic and Persian reports of
 * tests/fixtures/graph/multilingual ingested into it by the ingest CLI, as an archivist would. Written to
 * .cache/multilingual/content (replaced on each run); build it with CONTENT_DIR set to that folder.
 */
import { spawnSync } from "node:child_process";
import { cpSync, readdirSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const CORPUS = path.join(REPO, "tests/fixtures/graph/multilingual");

const { values } = parseArgs({ options: { out: { type: "string", default: ".cache/multilingual/content" } } });
const content = path.resolve(REPO, values.out);
rmSync(content, { recursive: true, force: true });
cpSync(path.join(REPO, "content"), content, { recursive: true });
const reports = readdirSync(CORPUS)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => path.join(CORPUS, name));
const run = spawnSync(process.execPath, [path.join(REPO, "src/ingest/cli.ts"), "--content", content, ...reports], {
  cwd: REPO,
  stdio: "inherit",
});
if (run.status !== 0) {
  console.error(`The multilingual archive could not be made: the ingest exited with ${run.status ?? run.signal}.`);
  process.exit(1);
}
console.log(`Multilingual archive: ${reports.length} Arabic and Persian reports ingested into ${path.relative(REPO, content)}`);
