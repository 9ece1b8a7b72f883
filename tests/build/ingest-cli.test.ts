import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import {
  createTempArchive,
  filesUnder,
  ingestFixture,
  onlyResult,
  runIngest,
  snapshotTree,
  splitMdx,
  writeText,
  type TempArchive,
} from "../support/ingest.ts";

const NAVY = "hyphen-dateline-and-on-tuesday-in-a-friday-report.txt";
const NAVY_ID = "irans-navy-said-it-test-fired-a-new-coastal-missile-on-tuesday-during-an";
const NAVY_EVENT = "2020-07-07-irans-navy-said-it-test-fired-a-new-coastal-missile-on";

let archive: TempArchive;
beforeEach(() => {
  archive = createTempArchive({ extraPlaces: true });
});
afterEach(() => archive.remove());

function frontmatterOf(file: string): Record<string, unknown> {
  return parse(splitMdx(readFileSync(file, "utf8")).frontmatter) as Record<string, unknown>;
}

describe("what the ingest command prints", { timeout: 60_000 }, () => {
  it("prints the output path, published date, dateline, dates, linked entities, events and the draft entities of new names, then a summary", () => {
    const run = runIngest(archive.root, ["--content", "content", ingestFixture(NAVY)]);
    expect(run.status).toBe(0);
    expect(run.stdout).toBe(
      [
        `✓ ${ingestFixture(NAVY)}: wrote content/articles/2020/${NAVY_ID}.mdx (draft for review)`,
        "    published 2020-07-10 · dateline Tehran",
        "    dates: “on Tuesday” → 2020-07-07 (¶1, weekday-past)",
        "    linked: Iran (place), Strait of Hormuz (place)",
        `    events: created ${NAVY_EVENT}`,
        "    draft entities: created content/places/strait-of-hormuz.yaml",
        "1 input(s): 1 written, 0 already in the archive, 0 failed.",
        "",
      ].join("\n"),
    );
  });

  it("names a linked entity's words as written when they differ from its name", () => {
    const run = runIngest(archive.root, [
      "--content",
      "content",
      ingestFixture("corroboration/gulf-monitor-yesterday-in-a-thursday-report.txt"),
    ]);
    expect(run.stdout).toContain(
      "    linked: Mohammad Bagheri (person, as “General Baqeri”), Ali Abdullah Ayyoub (person, as “Ayoub”), Damascus (place), Al Mayadeen (organization, as “al-Mayadeen”), Iran (place), Syria (place)\n",
    );
  });
});

describe("options that say where and what to write", { timeout: 60_000 }, () => {
  it("writes the article under --out DIR/<year>/, the events under the content folder, and recognises it there on the next run", () => {
    const out = archive.file("drafts");
    const run = runIngest(archive.root, ["--json", "--content", archive.content, "--out", out, ingestFixture(NAVY)]);
    expect(onlyResult(run).output).toBe(path.join(out, "2020", `${NAVY_ID}.mdx`));
    expect(filesUnder(out)).toEqual([path.join("2020", `${NAVY_ID}.mdx`)]);
    expect(filesUnder(archive.file("content/events"))).toEqual([`${NAVY_EVENT}.yaml`]);
    expect(existsSync(archive.file("content/articles"))).toBe(false);
    const again = runIngest(archive.root, ["--json", "--content", archive.content, "--out", out, ingestFixture(NAVY)]);
    expect([onlyResult(again).status, onlyResult(again).output]).toEqual(["exists", path.join(out, "2020", `${NAVY_ID}.mdx`)]);
  });

  it("records --publisher as the article's publisher and --source-url as its source address", () => {
    const run = runIngest(archive.root, [
      "--json",
      "--content",
      archive.content,
      "--publisher",
      "tehran-times",
      "--source-url",
      "https://example.org/news/navy-missile",
      ingestFixture(NAVY),
    ]);
    expect(run.status).toBe(0);
    const data = frontmatterOf(onlyResult(run).output!);
    expect(data.publisher).toBe("tehran-times");
    expect(data.organizations).toEqual(["tehran-times"]);
    expect(data.source).toEqual({
      url: "https://example.org/news/navy-missile",
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      file: NAVY,
    });
    expect(data.draft).toBe(true);
  });

  it("fails an input, writing nothing, when --publisher is not an organization of the archive", () => {
    const before = snapshotTree(archive.root);
    const run = runIngest(archive.root, ["--json", "--content", archive.content, "--publisher", "tehran", ingestFixture(NAVY)]);
    expect(run.status).toBe(1);
    expect(onlyResult(run).error).toBe(
      `${ingestFixture(NAVY)}: --publisher tehran is not an organization of the archive; use the id of a file in content/organizations/, or add one`,
    );
    expect(snapshotTree(archive.root)).toEqual(before);
  });
});

describe("recognising a text already archived", { timeout: 60_000 }, () => {
  it("takes the same text with LF line ends and no byte-order mark for the CRLF file with a BOM already archived", () => {
    const crlf = ingestFixture("crlf-line-ends-and-byte-order-mark.txt");
    const plain = archive.file("inputs/plain-copy.txt");
    writeText(
      plain,
      readFileSync(crlf, "utf8")
        .replace(/^\uFEFF/, "")
        .replace(/\r\n/g, "\n"),
    );
    const first = runIngest(archive.root, ["--json", "--content", archive.content, crlf]);
    const before = snapshotTree(archive.root);
    const second = runIngest(archive.root, ["--json", "--content", archive.content, plain]);
    expect(second.status).toBe(0);
    expect([onlyResult(second).status, onlyResult(second).output]).toEqual(["exists", onlyResult(first).output]);
    expect(snapshotTree(archive.root)).toEqual(before);
  });

  it("writes a text given twice in one batch once, and reports the second as already archived", () => {
    const copy = archive.file("inputs/copy.txt");
    writeText(copy, readFileSync(ingestFixture(NAVY)));
    const run = runIngest(archive.root, ["--json", "--content", archive.content, ingestFixture(NAVY), copy]);
    expect(run.status).toBe(0);
    expect(run.json!.results.map((r) => [r.status, r.output])).toEqual([
      ["written", archive.file(`content/articles/2020/${NAVY_ID}.mdx`)],
      ["exists", archive.file(`content/articles/2020/${NAVY_ID}.mdx`)],
    ]);
    expect(filesUnder(archive.file("content/articles"))).toEqual([path.join("2020", `${NAVY_ID}.mdx`)]);
  });
});

describe("a folder given as input", { timeout: 60_000 }, () => {
  it("is read recursively in name order, skipping hidden files and whatever lies in hidden folders", () => {
    const inputs = archive.file("inputs");
    writeText(path.join(inputs, "b-navy.txt"), readFileSync(ingestFixture(NAVY)));
    writeText(path.join(inputs, "a/health.txt"), readFileSync(ingestFixture("no-dateline-and-today-and-tomorrow.txt")));
    writeText(path.join(inputs, ".notes.txt"), "not a report");
    writeText(path.join(inputs, ".sync/state.db"), Buffer.from([0x53, 0x51, 0x4c, 0x00, 0x01]));
    writeText(path.join(inputs, ".git/HEAD"), "ref: refs/heads/main\n");
    const run = runIngest(archive.root, ["--json", "--dry-run", "--content", archive.content, inputs]);
    expect(run.json!.results.map((r) => [path.relative(inputs, r.input), r.status])).toEqual([
      [path.join("a", "health.txt"), "would-write"],
      ["b-navy.txt", "would-write"],
    ]);
    expect(run.status).toBe(0);
  });
});

describe("a report whose lede is in Arabic script", { timeout: 60_000 }, () => {
  it("is written under a non-empty article id", () => {
    const run = runIngest(archive.root, [
      "--json",
      "--content",
      archive.content,
      ingestFixture("ids/arabic-script-lede-without-dates.txt"),
    ]);
    const result = onlyResult(run);
    expect(result.status).toBe("written");
    expect(path.basename(result.output!)).toMatch(/^[a-z0-9][a-z0-9-]*\.mdx$/);
  });

  it("gets its events written, each naming the article by that id", () => {
    const run = runIngest(archive.root, [
      "--json",
      "--content",
      archive.content,
      ingestFixture("ids/arabic-script-lede-with-a-dated-event.txt"),
    ]);
    const result = onlyResult(run);
    expect(result.error).toBeNull();
    expect(result.status).toBe("written");
    const id = path.basename(result.output!, ".mdx");
    expect(id).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(result.events.map((e) => e.date)).toEqual(["2020-07-08"]);
    const event = parse(readFileSync(result.events[0]!.file, "utf8")) as { reports: { article: string }[] };
    expect(event.reports.map((r) => r.article)).toEqual([id]);
  });
});

describe("reports in Arabic and Persian", { timeout: 60_000 }, () => {
  const SANA =
    "date 2020-07-09 دمشق - سانا: وقع رئيس الأركان الإيرانية ووزير الدفاع السوري يوم الأربعاء في دمشق اتفاقية شاملة للتعاون العسكري.\n\nوكان الوفد قد وصل إلى دمشق الثلاثاء ٧ تموز ٢٠٢٠.\n";

  it("tells an Arabic report's language, reads its dateline and dates, and writes the language to the article", () => {
    const raw = path.join(archive.root, "raw", "sana.txt");
    writeText(raw, SANA);
    const run = runIngest(archive.root, ["--content", "content", "--json", raw]);
    const result = onlyResult(run);
    expect(result.language).toBe("ar");
    expect(result.warnings).toEqual([]);
    expect(result.dates.map(({ date, rule }) => `${date} ${rule}`)).toEqual(["2020-07-08 weekday-past", "2020-07-07 calendar"]);
    expect(frontmatterOf(result.output!)).toMatchObject({ language: "ar", datelineText: "دمشق - سانا:" });
  });

  it("ingests a report whose language cannot be told, with a warning naming the file, and takes --lang instead", () => {
    const raw = path.join(archive.root, "raw", "short.txt");
    writeText(raw, "date 2020-07-09 باقري باقری\n");
    const unsure = runIngest(archive.root, ["--content", "content", raw]);
    expect(unsure.status).toBe(0);
    expect(unsure.stdout).toContain(`⚠ ${raw}: the report's language could not be told`);
    const other = path.join(archive.root, "raw", "short-fa.txt");
    writeText(other, "date 2020-07-09 ایوب ایوبی\n");
    const told = onlyResult(runIngest(archive.root, ["--content", "content", "--json", "--lang", "fa", other]));
    expect(told.status).toBe("written");
    expect(told.language).toBe("fa");
    expect(told.warnings).toEqual([]);
    expect(frontmatterOf(told.output!)).toMatchObject({ language: "fa" });
  });

  it("keeps bidirectional controls of the text in its body, out of its title, summary and file names", () => {
    // A right-to-left override in the lede and in the input's name (which would read "txt.exe" backwards).
    const raw = path.join(archive.root, "raw", "sana\u202etxt.exe-override.txt");
    writeText(raw, "date 2020-07-09 دمشق - سانا: وقع \u202eاللواء باقري\u202c يوم الأربعاء في دمشق اتفاقية شاملة للتعاون العسكري.\n");
    const result = onlyResult(runIngest(archive.root, ["--content", "content", "--json", raw]));
    expect(result.status).toBe("written");
    const output = result.output!;
    expect(path.basename(output)).toMatch(/^[a-z0-9-]+\.mdx$/);
    const frontmatter = frontmatterOf(output) as { title: string; summary: string; source: { file: string } };
    for (const field of [frontmatter.title, frontmatter.summary, frontmatter.source.file])
      expect(field).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(frontmatter.title).toContain("اللواء باقري");
    expect(frontmatter.source.file).toBe("sanatxt.exe-override.txt");
    expect(readFileSync(output, "utf8")).toContain("\u202eاللواء باقري\u202c");
  });

  it("refuses a language it does not read, as wrong usage", () => {
    const run = runIngest(archive.root, ["--content", "content", "--lang", "de", "x.txt"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("--lang de is not a language the ingest reads; give one of en, ar, fa.");
  });
});
