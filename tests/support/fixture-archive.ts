/**
 * `node tests/support/fixture-archive.ts [--out DIR]`: the archive the fixture build is made from (`npm run
 * build:test` builds it into dist-fixtures/): a copy of content/ with, ingested into it by the ingest CLI as an
 * archivist would, the Arabic and Persian reports of tests/fixtures/graph/multilingual and a web capture (a
 * WARC made with warcio from the saved pages of tests/fixtures/captures/pages, with an image, a redirect and a
 * 404 beside them). Written to .cache/fixture-archive/ (replaced on each run); build it with CONTENT_DIR set to
 * its content/ folder.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildWarc } from "../../src/tools/captures/build-captures.ts";

const REPO = fileURLToPath(new URL("../../", import.meta.url));
const CORPUS = path.join(REPO, "tests/fixtures/graph/multilingual");
const PAGES = path.join(REPO, "tests/fixtures/captures/pages");

/** The saved pages the fixture capture holds, at the addresses their pages give. */
export const CAPTURED_PAGES = [
  { file: "wire-agency.html", url: "https://levantwire.example/news/2020/07/08/iran-syria-agreement", date: "2020-07-09T06:00:00Z" },
  { file: "wordpress-blog.html", url: "https://tehranreview.example/2020/07/09/bagheri-damascus-trip/", date: "2020-07-09T09:30:00Z" },
  { file: "time-only.html", url: "https://damascusdaily.example/politics/assad-receives-bagheri-2020", date: "2020-07-10T08:00:00Z" },
];

function ingest(content: string, inputs: string[]): void {
  const run = spawnSync(process.execPath, [path.join(REPO, "src/ingest/cli.ts"), "--content", content, ...inputs], {
    cwd: REPO,
    stdio: "inherit",
  });
  if (run.status !== 0) {
    console.error(`The fixture archive could not be made: the ingest exited with ${run.status ?? run.signal}.`);
    process.exit(1);
  }
}

const { values } = parseArgs({ options: { out: { type: "string", default: ".cache/fixture-archive" } } });
const root = path.resolve(REPO, values.out);
const content = path.join(root, "content");
rmSync(root, { recursive: true, force: true });
mkdirSync(root, { recursive: true });
cpSync(path.join(REPO, "content"), content, { recursive: true });
const reports = readdirSync(CORPUS)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => path.join(CORPUS, name));
ingest(content, reports);
const capture = path.join(root, "bagheri-visit.warc.gz");
const pages = CAPTURED_PAGES.map(({ file, url, date }) => ({ url, date, html: readFileSync(path.join(PAGES, file)) }));
writeFileSync(capture, await buildWarc(pages, { gzip: true, extras: true }));
ingest(content, [capture]);
console.log(
  `Fixture archive: ${reports.length} Arabic and Persian reports and a capture of ${pages.length} pages in ${path.relative(REPO, content)}`,
);
