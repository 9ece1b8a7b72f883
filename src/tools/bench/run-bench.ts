import {
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
  appendFileSync,
  existsSync,
} from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { stringify } from "yaml";
import { runIngest } from "../../ingest/run-batch.ts";
import { parseRawReport } from "../../ingest/raw-report/parse-raw-report.ts";
import { writeBaselineSite } from "./baseline-site.ts";
import { writeFloorSite } from "./floor-site.ts";
import { median } from "./median.ts";
import { runMeasured, type MeasuredRun } from "./measure-process.ts";
import { measureSearchTransfer } from "./search-transfer.ts";
import { syntheticEntities, syntheticReports } from "./synthetic-archive.ts";
import { buildLargeWarc } from "../captures/build-captures.ts";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const ASTRO = path.join(REPO, "node_modules/astro/bin/astro.mjs");
const ENV = { ASTRO_TELEMETRY_DISABLED: "1", NO_COLOR: "1" };

const { values } = parseArgs({
  options: {
    articles: { type: "string", default: "1000" },
    json: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
    "ingest-only": { type: "boolean", default: false },
    "no-rebuild": { type: "boolean", default: false },
    floor: { type: "boolean", default: false },
    runs: { type: "string", default: "1" },
    "warc-pages": { type: "string", default: "500" },
  },
});
const count = Number(values.articles);
if (!Number.isInteger(count) || count < 1) {
  process.stderr.write(`--articles takes a whole number of articles, e.g. --articles 2000 (got "${values.articles}")\n`);
  process.exit(2);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  process.stderr.write(`--runs takes a whole number of clean builds to time, e.g. --runs 3 (got "${values.runs}")\n`);
  process.exit(2);
}
const log = (line: string) => values.json || process.stderr.write(`${line}\n`);

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}
const bytes = (dir: string) => files(dir).reduce((sum, file) => sum + statSync(file).size, 0);

function createSite(root: string): string {
  const site = path.join(root, "site");
  for (const entry of ["package.json", "tsconfig.json", "astro.config.mjs", "src", "public"])
    cpSync(path.join(REPO, entry), path.join(site, entry), { recursive: true });
  symlinkSync(path.join(REPO, "node_modules"), path.join(site, "node_modules"), "dir");
  for (const entity of syntheticEntities()) {
    const { id, folder, ...data } = entity;
    mkdirSync(path.join(site, "content", folder), { recursive: true });
    writeFileSync(path.join(site, "content", folder, `${id}.yaml`), stringify({ ...data, originalScript: [], description: "" }));
  }
  mkdirSync(path.join(site, "content/articles"), { recursive: true });
  mkdirSync(path.join(site, "content/events"), { recursive: true });
  return site;
}

/** The gzipped size of an article page and of the CSS and JS it loads. */
function articleWeights(dist: string) {
  const articleDir = path.join(dist, "articles");
  const first = readdirSync(articleDir).sort()[0]!;
  const html = readFileSync(path.join(articleDir, first, "index.html"));
  const text = html.toString("utf8");
  const assets = (pattern: RegExp) =>
    [...text.matchAll(pattern)]
      .map((m) => m[1]!)
      .filter((href) => href.startsWith("/"))
      .map((href) => gzipSync(readFileSync(path.join(dist, href))).length);
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  const inlineScripts = [
    ...text.matchAll(/<script(?![^>]*type="(?:application\/ld\+json|text\/pagefind-template)")[^>]*>([\s\S]*?)<\/script>/g),
  ].map((m) => m[1]!.length);
  return {
    html: gzipSync(html).length / 1024,
    css: sum(assets(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)) / 1024,
    js: (sum(assets(/<script[^>]+src="([^"]+)"/g)) + sum(inlineScripts)) / 1024,
  };
}

/** The heaviest report page, gzipped, in KB: its figures are inline, so this is a page's whole weight but CSS. */
function heaviestArticle(dist: string): number {
  const articleDir = path.join(dist, "articles");
  let most = 0;
  for (const id of readdirSync(articleDir)) {
    const file = path.join(articleDir, id, "index.html");
    if (existsSync(file)) most = Math.max(most, gzipSync(readFileSync(file)).length);
  }
  return most / 1024;
}

/** What the build said it spent drawing figures (`figures: N drawn in X ms`, see figure-time-integration.ts). */
function figureSeconds(output: string): number | null {
  const match = /figures: \d+ drawn in (\d+) ms/.exec(output);
  return match ? Number(match[1]) / 1000 : null;
}

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

/**
 * Builds a site from scratch: its output and every cache moved out of the site first, so nothing is reused. They are
 * moved into the bench's folder and deleted with it at the end, not deleted here: on ext4 without a journal, each
 * file created in the next 30 seconds or so first passes over every inode just freed (the file system prefers not to
 * reuse them at once), so deleting the last build's 12,000 files right before the next would time part of this
 * clean-up too. Measured at 2,000 reports: the search index's 4,100 files took 0.3–1.0 s to write after such a
 * deletion, and 0.07–0.08 s without one. Likewise the file system is asked to write out what is pending (`sync`) before
 * each build, so that the files the bench or the build before wrote are not flushed to disk while this one is timed.
 */
async function cleanBuild(site: string, what: string): Promise<MeasuredRun> {
  const aside = mkdtempSync(path.join(path.dirname(site), "set-aside-"));
  for (const entry of ["dist", ".cache", ".astro"])
    if (existsSync(path.join(site, entry))) renameSync(path.join(site, entry), path.join(aside, entry));
  // What the bench wrote before (the archive it ingested, the other build) goes to disk now, not during the build.
  spawnSync("sync");
  const build = await runMeasured(process.execPath, [ASTRO, "build"], { cwd: site, env: ENV });
  if (build.status !== 0) throw new Error(`${what} failed:\n${build.output.slice(-4000)}`);
  return build;
}

/**
 * Ingests a generated WARC of `pages` article pages (and one of a fifth of them) into a fresh copy of the
 * archive's entities, each in its own process, and reports the time and the peak memory: reading a capture
 * streams it record by record, so the peak should not grow with the file.
 */
async function measureCaptureIngest(root: string, content: string, pages: number) {
  if (!Number.isInteger(pages) || pages < 5) return {};
  const measure = async (count: number) => {
    const file = path.join(root, `capture-${count}.warc.gz`);
    await buildLargeWarc(file, count);
    const into = path.join(root, `capture-${count}`, "content");
    for (const folder of ["people", "organizations", "places"])
      cpSync(path.join(content, folder), path.join(into, folder), { recursive: true });
    const run = await runMeasured(process.execPath, [path.join(REPO, "src/ingest/cli.ts"), "--content", into, "--json", file], {
      cwd: REPO,
      env: ENV,
    });
    const json = run.output.split("\n").find((line) => line.startsWith('{"results"')) ?? '{"results":[]}';
    const reports = (JSON.parse(json) as { results: { ok: boolean }[] }).results;
    if (run.status !== 0 || reports.filter((r) => r.ok).length !== count)
      throw new Error(`the capture ingest failed:\n${run.output.slice(-2000)}`);
    log(
      `Ingested a WARC of ${count} pages (${(statSync(file).size / 1024 / 1024).toFixed(1)} MB): ${run.seconds.toFixed(1)} s, peak RSS ${run.peakRssMb.toFixed(0)} MB`,
    );
    return { mb: statSync(file).size / 1024 / 1024, seconds: run.seconds, peak: run.peakRssMb };
  };
  const small = await measure(Math.round(pages / 5));
  const large = await measure(pages);
  return {
    warc_pages: pages,
    warc_mb: round(large.mb),
    warc_ingest_s: round(large.seconds),
    warc_peak_rss_mb: round(large.peak, 0),
    warc_small_pages: Math.round(pages / 5),
    warc_small_peak_rss_mb: round(small.peak, 0),
  };
}

async function main() {
  const root = mkdtempSync(path.join(tmpdir(), "dossier-bench-"));
  try {
    const site = createSite(root);
    const rawDir = path.join(root, "raw");
    mkdirSync(rawDir);
    const reports = syntheticReports(count);
    for (const report of reports) writeFileSync(path.join(rawDir, report.name), report.text);
    log(`Generated ${count} raw reports in ${rawDir}`);

    const ingestStart = performance.now();
    const results = await runIngest(
      reports.map((r) => path.join(rawDir, r.name)),
      { contentDir: path.join(site, "content"), options: { dryRun: false, force: false } },
    );
    const ingestSeconds = (performance.now() - ingestStart) / 1000;
    const failed = results.filter((r) => !r.ok);
    if (failed.length > 0) throw new Error(`ingest failed for ${failed.length} reports, first: ${failed[0]!.error}`);
    log(`Ingested ${count} reports in ${ingestSeconds.toFixed(1)} s (${(count / ingestSeconds).toFixed(0)} per second)`);
    if (values["ingest-only"]) {
      const line = { articles: count, ingest_s: round(ingestSeconds), ingest_per_s: round(count / ingestSeconds, 0) };
      process.stdout.write(values.json ? `${JSON.stringify(line)}\n` : `ingest: ${line.ingest_s} s for ${count} reports\n`);
      return;
    }

    const baseline = path.join(root, "baseline");
    writeBaselineSite(
      baseline,
      reports.map((r) => parseRawReport(Buffer.from(r.text), r.name).paragraphs),
      path.join(REPO, "node_modules"),
    );

    const floor = path.join(root, "floor");
    if (values.floor) writeFloorSite(floor, path.join(site, "content"), path.join(REPO, "node_modules"));

    // Clean builds of Dossier and of the baseline (and the floor) take turns, so a slower spell of a shared
    // machine weighs on all of them. A round is a build and the baseline's right after it: its ratio compares the
    // two on the machine as it was then. The ratio reported is the median of the rounds' ratios, so a slower spell
    // that takes in one build and not the other's median does not decide it; the ratio of the median times is
    // reported beside it.
    const builds: MeasuredRun[] = [];
    const baselineBuilds: MeasuredRun[] = [];
    const floorBuilds: MeasuredRun[] = [];
    const roundRatios: number[] = [];
    const floorRatios: number[] = [];
    for (let run = 1; run <= runs; run++) {
      const label = runs > 1 ? ` (run ${run} of ${runs})` : "";
      const build = await cleanBuild(site, "the Dossier build");
      builds.push(build);
      log(`Dossier build${label}: ${build.seconds.toFixed(1)} s, peak RSS ${build.peakRssMb.toFixed(0)} MB`);
      const baselineBuild = await cleanBuild(baseline, "the baseline build");
      baselineBuilds.push(baselineBuild);
      roundRatios.push(build.seconds / baselineBuild.seconds);
      log(
        `Bare Astro + MDX baseline${label}: ${baselineBuild.seconds.toFixed(1)} s (this round's ratio ${roundRatios.at(-1)!.toFixed(2)})`,
      );
      if (values.floor) {
        const floorBuild = await cleanBuild(floor, "the floor build");
        floorBuilds.push(floorBuild);
        floorRatios.push(floorBuild.seconds / baselineBuild.seconds);
        log(`Floor (the same collections and pages, bare, searched)${label}: ${floorBuild.seconds.toFixed(1)} s`);
      }
    }
    const buildSeconds = median(builds.map((b) => b.seconds));
    const baselineSeconds = median(baselineBuilds.map((b) => b.seconds));
    const floorSeconds = values.floor ? median(floorBuilds.map((b) => b.seconds)) : null;

    let rebuildSeconds: number | null = null;
    if (!values["no-rebuild"]) {
      const changed = results.find((r) => r.output)!.output!;
      appendFileSync(changed, "\nA correction was appended to this report for the incremental build.\n");
      const rebuild = await runMeasured(process.execPath, [ASTRO, "build"], { cwd: site, env: ENV });
      if (rebuild.status !== 0) throw new Error(`the incremental build failed:\n${rebuild.output.slice(-4000)}`);
      rebuildSeconds = rebuild.seconds;
      log(`Incremental build after changing one article: ${rebuild.seconds.toFixed(1)} s`);
    }

    const dist = path.join(site, "dist");
    const pages = files(dist).filter((f) => f.endsWith(".html")).length;
    const search = await measureSearchTransfer(dist, ["reconstruction", "Damascus"]);
    const weights = articleWeights(dist);
    const figures = builds.map((b) => figureSeconds(b.output)).filter((s): s is number => s !== null);
    const figureShare = figures.length === builds.length ? median(figures.map((s, i) => s / builds[i]!.seconds)) : null;
    const capture = await measureCaptureIngest(root, path.join(site, "content"), Number(values["warc-pages"]));
    const line = {
      articles: count,
      ingest_s: round(ingestSeconds),
      build_s: round(buildSeconds),
      baseline_s: round(baselineSeconds),
      ratio: round(median(roundRatios)),
      round_ratios: roundRatios.map((ratio) => round(ratio)).join(" "),
      ratio_of_medians: round(buildSeconds / baselineSeconds),
      ms_per_page: round((buildSeconds * 1000) / pages),
      peak_rss_mb: round(Math.max(...builds.map((b) => b.peakRssMb)), 0),
      index_mb: round(bytes(path.join(dist, "pagefind")) / 1024 / 1024),
      search_first_kb: round(search.firstKb, 1),
      search_next_kb: round(search.nextKb, 1),
      article_html_kb: round(weights.html, 1),
      article_max_kb: round(heaviestArticle(dist), 1),
      figures_share: figureShare === null ? null : round(figureShare, 3),
      article_css_kb: round(weights.css, 1),
      article_js_kb: round(weights.js, 1),
      rebuild_s: rebuildSeconds === null ? null : round(rebuildSeconds),
      pages,
      floor_s: floorSeconds === null ? null : round(floorSeconds),
      floor_ratio: floorSeconds === null ? null : round(median(floorRatios)),
      ...capture,
    };
    if (values.json) process.stdout.write(`${JSON.stringify(line)}\n`);
    else for (const [key, value] of Object.entries(line)) process.stdout.write(`${key.padEnd(16)} ${value}\n`);
  } finally {
    if (values.keep) log(`Kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

await main();
