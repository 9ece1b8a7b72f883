import { createHash } from "node:crypto";
import { existsSync, globSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { setImmediate as nextTurn, setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOCK_FILE } from "../../src/archive/archive-lock.ts";
import { readArticleFile, readEventFile } from "../../src/ingest/content-files.ts";
import { JOURNAL_FILE } from "../../src/ingest/write-journal.ts";
import { buildSite } from "../support/temp-site.ts";
import {
  createInputFolder,
  createSiteWithoutReports,
  createTempArchive,
  filesUnder,
  leftoverTempFiles,
  startIngest,
  type StartedIngest,
  type TempArchive,
} from "../support/ingest.ts";
import { SIGNING_DAY, writeSigningReports } from "../support/signing-reports.ts";

const CRASH_PRELOAD = path.join(import.meta.dirname, "../support/crash-after-writes.ts");

function sha256(file: string): string {
  const text = readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n");
  return createHash("sha256").update(text).digest("hex");
}

/** Every article and event of the archive, each read through its schema (a file that does not parse throws). */
function readArchive(content: string) {
  const articles = globSync("**/*.mdx", { cwd: path.join(content, "articles") }).map((f) =>
    readArticleFile(path.join(content, "articles", f)),
  );
  const events = globSync("**/*.yaml", { cwd: path.join(content, "events") }).map((f) => readEventFile(path.join(content, "events", f)));
  return { articles, events };
}

/** Fails unless every input is one article, and every article is reported exactly once by the one signing event. */
function expectEachReportAttachedOnce(content: string, inputs: string[]): void {
  const { articles, events } = readArchive(content);
  expect(articles.map((a) => a.source.sha256).sort()).toEqual(inputs.map(sha256).sort());
  const signing = events.filter((event) => event.start === SIGNING_DAY);
  expect(signing).toHaveLength(1);
  expect(signing[0]!.reports.map((r) => r.article).sort()).toEqual(articles.map((a) => a.id).sort());
}

async function finished(started: StartedIngest[]) {
  return Promise.all(started.map((s) => s.done));
}

describe("ingest processes started together on overlapping batches of one happening", { timeout: 120_000 }, () => {
  let archive: TempArchive;
  let raw: ReturnType<typeof createInputFolder>;
  beforeEach(() => {
    archive = createTempArchive();
    raw = createInputFolder();
  });
  afterEach(() => {
    archive.remove();
    raw.remove();
  });

  it("two batches of 40 from 60 reports attach every report exactly once", async () => {
    const inputs = writeSigningReports(raw.dir, 60);
    const runs = await finished([
      startIngest(archive, ["--json", ...inputs.slice(0, 40)]),
      startIngest(archive, ["--json", ...inputs.slice(20, 60)]),
    ]);
    expectEachReportAttachedOnce(archive.content, inputs);
    for (const run of runs) expect(run.status, run.stderr).toBe(0);
    const statuses = runs.flatMap((run) => run.json!.results.map((r) => r.status));
    expect(statuses.filter((s) => s === "written")).toHaveLength(60);
    expect(statuses.filter((s) => s === "exists")).toHaveLength(20);
    expect(existsSync(path.join(archive.content, LOCK_FILE))).toBe(false);
  });

  it("four batches of 30 from 80 reports attach every report exactly once", async () => {
    const inputs = writeSigningReports(raw.dir, 80);
    const batches = [inputs.slice(0, 30), inputs.slice(20, 50), inputs.slice(40, 70), [...inputs.slice(65, 80), ...inputs.slice(0, 15)]];
    const runs = await finished(batches.map((batch) => startIngest(archive, ["--json", ...batch])));
    expectEachReportAttachedOnce(archive.content, inputs);
    for (const run of runs) expect(run.status, run.stderr).toBe(0);
    const written = runs.flatMap((run) => run.json!.results.filter((r) => r.status === "written"));
    expect(written).toHaveLength(80);
  });

  it("a reader listing the events, then the articles, while an ingest writes never sees a half-written file or an event citing a missing report", async () => {
    const inputs = writeSigningReports(raw.dir, 120);
    const ingest = startIngest(archive, ["--json", ...inputs]);
    let exited = false;
    void ingest.done.then(() => (exited = true));
    const problems: string[] = [];
    let looks = 0;
    while (!exited) {
      try {
        // Events first: every article an event cites was written before it, so it must be listed after it.
        const events = globSync("**/*.yaml", { cwd: path.join(archive.content, "events") }).map((f) =>
          readEventFile(path.join(archive.content, "events", f)),
        );
        const articles = new Set(readArchive(archive.content).articles.map((a) => a.id));
        for (const report of events.flatMap((event) => event.reports))
          if (!articles.has(report.article)) problems.push(`an event cites ${report.article}, not yet written`);
      } catch (error) {
        problems.push((error as Error).message);
      }
      looks += 1;
      await nextTurn();
    }
    expect((await ingest.done).status).toBe(0);
    expect(problems).toEqual([]);
    expect(looks).toBeGreaterThan(5);
    expectEachReportAttachedOnce(archive.content, inputs);
  });
});

describe("npm run build started while an ingest writes", { timeout: 180_000 }, () => {
  it("waits for the ingest's writes, says so, and builds every report", async () => {
    const site = createSiteWithoutReports({ extraPlaces: true });
    const raw = createInputFolder();
    try {
      const inputs = writeSigningReports(raw.dir, 500);
      const ingest = startIngest(site, ["--json", ...inputs]);
      const written = () => globSync("**/*.mdx", { cwd: site.file("content/articles") }).length;
      while (written() < 10) await sleep(10);
      const build = buildSite(site);
      expect(build.status, build.output.slice(-3000)).toBe(0);
      expect(build.output).toMatch(
        /content\/ is being written by an ingest \(pid \d+\); waiting up to 60 s — LOCK_TIMEOUT=SECONDS to change/,
      );
      expect((await ingest.done).status).toBe(0);
      expect(readdirSync(site.file("dist/articles"))).toHaveLength(500);
    } finally {
      site.remove();
      raw.remove();
    }
  });
});

describe("a writer that finds the archive locked", { timeout: 60_000 }, () => {
  let archive: TempArchive;
  let raw: ReturnType<typeof createInputFolder>;
  beforeEach(() => {
    archive = createTempArchive();
    raw = createInputFolder();
  });
  afterEach(() => {
    archive.remove();
    raw.remove();
  });

  const lockHeldBy = (pid: number) =>
    writeFileSync(
      path.join(archive.content, LOCK_FILE),
      JSON.stringify({
        pid,
        host: hostname(),
        command: "ingest",
        activity: "writing",
        since: "2026-01-01T00:00:00.000Z",
        token: "0123456789abcdef",
      }),
    );

  it("waits, says so, and gives up after --lock-timeout with exit 3, a message naming the lock, and nothing written", async () => {
    const inputs = writeSigningReports(raw.dir, 2);
    lockHeldBy(process.pid);
    const run = await startIngest(archive, ["--lock-timeout", "1", ...inputs]).done;
    expect(run.status).toBe(3);
    expect(run.stderr).toContain(
      `content/ is being written by another ingest (pid ${process.pid}); waiting up to 1 s — --lock-timeout SECONDS to change`,
    );
    expect(run.stderr).toContain(
      `${path.join(archive.content, LOCK_FILE)}: the archive is still being written by ingest (pid ${process.pid}`,
    );
    expect(existsSync(path.join(archive.content, "articles"))).toBe(false);
  });

  it("takes over at once a lock whose owner no longer runs", async () => {
    const inputs = writeSigningReports(raw.dir, 2);
    const gone = startIngest(archive, ["--help"]);
    await gone.done;
    lockHeldBy(gone.child.pid!);
    const started = Date.now();
    const run = await startIngest(archive, ["--lock-timeout", "30", ...inputs]).done;
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain(`was left by ingest pid ${gone.child.pid}, which no longer runs; taking it over`);
    expect(Date.now() - started).toBeLessThan(15_000);
    expectEachReportAttachedOnce(archive.content, inputs);
  });
});

describe("an ingest killed with SIGKILL at several points of a batch, then run again", { timeout: 120_000 }, () => {
  it("ends with the archive one uninterrupted run gives: nothing lost or duplicated, no lock, journal or temporary file left", async () => {
    const raw = createInputFolder();
    const reference = createTempArchive();
    const crashed = createTempArchive();
    try {
      const inputs = writeSigningReports(raw.dir, 12);
      expect((await startIngest(reference, inputs).done).status).toBe(0);

      const seen = { journal: 0, temporary: 0, lock: 0 };
      // Counted in changes to the file system: about ten per report (lock, journal, article, event).
      for (const after of [2, 5, 9, 14, 19, 26, 33, 41, 50]) {
        const run = await startIngest(crashed, inputs, {
          nodeOptions: ["--import", CRASH_PRELOAD],
          env: { DOSSIER_TEST_CRASH_AFTER_WRITES: String(after) },
        }).done;
        expect(run.stderr).not.toContain("waiting up to");
        if (run.signal !== "SIGKILL") continue;
        const journal = path.join(crashed.content, JOURNAL_FILE);
        if (existsSync(journal) && readFileSync(journal, "utf8") !== "") seen.journal += 1;
        if (existsSync(path.join(crashed.content, LOCK_FILE))) seen.lock += 1;
        if (leftoverTempFiles(crashed.content).length > 0) seen.temporary += 1;
      }
      const last = await startIngest(crashed, inputs).done;
      expect(last.status, last.stderr).toBe(0);
      expect(last.stderr).not.toContain("waiting up to");
      const files = (content: string) =>
        Object.fromEntries(filesUnder(content).map((name) => [name, readFileSync(path.join(content, name), "utf8")]));
      expectEachReportAttachedOnce(crashed.content, inputs);
      expect(files(crashed.content)).toEqual(files(reference.content));
      expect(filesUnder(crashed.content).filter((name) => path.basename(name).startsWith("."))).toEqual([]);
      // The kills landed between the writes of one report, inside a write, and while the lock was held.
      expect(seen.journal).toBeGreaterThan(0);
      expect(seen.temporary).toBeGreaterThan(0);
      expect(seen.lock).toBeGreaterThan(0);
    } finally {
      raw.remove();
      reference.remove();
      crashed.remove();
    }
  });
});
