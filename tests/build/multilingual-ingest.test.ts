import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const REPO = path.resolve(import.meta.dirname, "../..");
const KEY_FILE = path.join(REPO, "tests/fixtures/graph/multilingual-key.yaml");
const CORPUS = path.join(REPO, "tests/fixtures/graph/multilingual");

interface KeyReport {
  file: string;
  language: string;
  people: string[];
  dates: { phrase: string; date: string | Date }[];
}
interface IngestResult {
  input: string;
  ok: boolean;
  language: string;
  warnings: string[];
  dates: { text: string; date: string; rule: string }[];
  entities: { id: string; type: string }[];
}

const key = parse(readFileSync(KEY_FILE, "utf8")) as { reports: KeyReport[] };
const day = (value: string | Date) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);

/** The rule a full date of another calendar must be read by: the calendar is named in the rule. */
function calendarRule(phrase: string): string | undefined {
  if (/تیر|تير/.test(phrase)) return "solar-hijri";
  if (/القعدة/.test(phrase)) return "hijri-umalqura";
  return undefined;
}

describe("Arabic and Persian reports, ingested into a copy of the archive", { timeout: 120_000 }, () => {
  const temp = mkdtempSync(path.join(tmpdir(), "dossier-multilingual-"));
  afterAll(() => rmSync(temp, { recursive: true, force: true }));
  const content = path.join(temp, "content");
  cpSync(path.join(REPO, "content"), content, { recursive: true });
  const files = key.reports.map((report) => path.join(CORPUS, report.file));
  const run = spawnSync(process.execPath, [path.join(REPO, "src/ingest/cli.ts"), "--content", content, "--json", ...files], {
    cwd: REPO,
    encoding: "utf8",
  });
  const results = (JSON.parse(run.stdout || '{"results":[]}') as { results: IngestResult[] }).results;
  const resultFor = (file: string) => results.find((result) => path.basename(result.input) === file);

  it("ingests every report, at least six, in both languages, without warnings", () => {
    expect(run.status, run.stderr).toBe(0);
    expect(key.reports.length).toBeGreaterThanOrEqual(6);
    expect(new Set(key.reports.map((report) => report.language))).toEqual(new Set(["ar", "fa"]));
    for (const report of key.reports) expect(resultFor(report.file), report.file).toMatchObject({ ok: true, warnings: [] });
  });

  it.each(key.reports.map((report) => [report.file, report] as const))("%s: its language, every date and every person", (_file, report) => {
    const result = resultFor(report.file)!;
    expect(result.language).toBe(report.language);
    // Every date phrase of the key, in text order, on the right Gregorian day; and no date the key does not have.
    expect(result.dates.map(({ text, date }) => ({ phrase: text, date }))).toEqual(
      report.dates.map(({ phrase, date }) => ({ phrase, date: day(date) })),
    );
    for (const date of result.dates) {
      const rule = calendarRule(date.text);
      if (rule) expect(date.rule, date.text).toBe(rule);
    }
    const people = result.entities.filter((entity) => entity.type === "person").map((entity) => entity.id);
    expect(new Set(people)).toEqual(new Set(report.people));
  });
});

interface EvalJson {
  files: number;
  ingested: number;
  pairs: { precision: { value: number | null }; recall: { value: number | null } };
  duplicates: number;
  junk: number;
  planRecall: { value: number | null };
  plansAsDone: { events: number; pairs: number };
}

describe("the events of Arabic and Persian reports, scored against their answer key", { timeout: 120_000 }, () => {
  const run = spawnSync(process.execPath, [path.join(REPO, "src/tools/eval-graph/run-eval.ts"), "--json", "--key", KEY_FILE], {
    cwd: REPO,
    encoding: "utf8",
  });

  it("puts every report on the English events it reports, with no new, duplicate or junk event", () => {
    expect(run.status, run.stderr).toBe(0);
    const score = JSON.parse(run.stdout) as EvalJson;
    expect(score.ingested).toBe(score.files);
    expect(score.pairs.precision.value).toBe(1);
    expect(score.pairs.recall.value).toBe(1);
    expect(score.planRecall.value).toBe(1);
    expect(score).toMatchObject({ duplicates: 0, junk: 0, plansAsDone: { events: 0, pairs: 0 } });
  });
});
