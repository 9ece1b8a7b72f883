import { copyFileSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createInputFolder,
  createTempArchive,
  ingestFixture,
  leftoverTempFiles,
  onlyResult,
  runIngest,
  snapshotTree,
  splitMdx,
  writeText,
  type IngestResultJson,
  type IngestRun,
  type TempArchive,
} from "../support/ingest.ts";

const GOOD = [
  "agency-double-hyphen-dateline-and-last-tuesday-and-last-thursday.txt",
  "crlf-line-ends-and-byte-order-mark.txt",
  "hyphen-dateline-and-on-tuesday-in-a-friday-report.txt",
  "month-end-on-monday-and-yesterday-in-a-july-1-report.txt",
  "no-dateline-and-today-and-tomorrow.txt",
  "zero-width-characters-and-curly-quotes.txt",
];
const BROKEN_FIXTURES = [
  "empty-file.txt",
  "header-that-is-not-a-date.txt",
  "header-with-no-text.txt",
  "impossible-date-2020-02-30.txt",
  "no-date-header.txt",
];
const OVER_5_MB = 5 * 1024 * 1024 + 1;

/** Writes the broken inputs that are generated rather than stored: binary data, Windows-1256 text, a file over 5 MB. */
function writeGeneratedBrokenInputs(file: (name: string) => string): void {
  writeFileSync(file("binary-data.bin"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  // "date 2020-07-08 DAMASCUS - " then Arabic letters in the Windows-1256 code page.
  writeFileSync(
    file("not-utf8-windows-1256.txt"),
    Buffer.concat([Buffer.from("date 2020-07-08 DAMASCUS - "), Buffer.from([0xc7, 0xe1, 0xd1, 0xc6, 0xed, 0xd3]), Buffer.from(" said.\n")]),
  );
  const line = "Iran said on Wednesday that the talks with Syria went well.\n\n";
  writeFileSync(file("over-5-mb.txt"), `date 2020-07-08 TEHRAN - ${line.repeat(Math.ceil(OVER_5_MB / line.length))}`);
}

/** Each broken input's file name and the exact problem the command reports after "<path>: ". */
const PROBLEMS: Record<string, string> = {
  "binary-data.bin":
    "the file looks like binary data, not text (it has a NUL byte at offset 8); a raw report is a plain UTF-8 text file, so check that this is the right file",
  "empty-file.txt":
    'the file is empty (or only whitespace); a raw report is "date YYYY-MM-DD" followed by the article text, so fill it in or delete the file',
  "header-that-is-not-a-date.txt":
    'the header "date July 8, 2020 TEHRAN - Iran said on …" does not give the date as YYYY-MM-DD; write it as "date 2020-07-08"',
  "header-with-no-text.txt":
    'the file has the header "date 2020-07-08" but no article text after it; put the report\'s paragraphs after the date, on the same line or below it',
  "impossible-date-2020-02-30.txt":
    "the header date 2020-02-30 does not exist (February 2020 has 29 days); correct the date on the first line",
  "no-date-header.txt":
    'the first line must start with "date YYYY-MM-DD", but it starts with "TEHRAN - Iran said on Tuesday that talks…"; add a first line such as "date 2020-07-08" giving the day the report was published',
  "not-utf8-windows-1256.txt":
    'the file is not valid UTF-8: byte 0xC7 at offset 27 (line 1) does not start a valid UTF-8 character; re-save the file as UTF-8, e.g. with "iconv -f WINDOWS-1256 -t UTF-8" for an Arabic-script Windows export',
  "over-5-mb.txt": "the file is 5.0 MB, over the 5 MB limit for one report; split it into one file per report",
};

const byName = (results: IngestResultJson[]) => new Map(results.map((r) => [path.basename(r.input), r]));

describe("a mixed batch of good and broken reports, ingested twice", { timeout: 120_000 }, () => {
  let archive: TempArchive;
  let inputs: ReturnType<typeof createInputFolder>;
  let first: IngestRun;
  let afterFirst: Record<string, string>;
  let second: IngestRun;
  let third: IngestRun;
  let afterThird: Record<string, string>;
  const names = () => [...GOOD, ...Object.keys(PROBLEMS)].sort();

  beforeAll(() => {
    archive = createTempArchive({ extraPlaces: true });
    inputs = createInputFolder();
    for (const name of GOOD) copyFileSync(ingestFixture(name), inputs.file(name));
    for (const name of BROKEN_FIXTURES) copyFileSync(ingestFixture(`broken/${name}`), inputs.file(name));
    writeGeneratedBrokenInputs(inputs.file);
    const args = ["--content", archive.content, inputs.dir];
    first = runIngest(archive.root, ["--json", ...args]);
    afterFirst = snapshotTree(archive.root);
    second = runIngest(archive.root, ["--json", ...args]);
    third = runIngest(archive.root, args);
    afterThird = snapshotTree(archive.root);
  }, 240_000);
  afterAll(() => {
    archive?.remove();
    inputs?.remove();
  });

  it("processes every input of the folder, in name order, and exits 1 because some failed", () => {
    expect(first.status).toBe(1);
    expect(first.json!.results.map((r) => path.basename(r.input))).toEqual(names());
  });

  it("writes an article for each good report", () => {
    const results = byName(first.json!.results);
    for (const name of GOOD) {
      const result = results.get(name)!;
      expect([name, result.ok, result.status, result.error]).toEqual([name, true, "written", null]);
      expect(result.output!.startsWith(path.join(archive.content, "articles", "2020") + path.sep)).toBe(true);
      expect(existsSync(result.output!)).toBe(true);
    }
  });

  it("fails each broken file with a message naming the file and its problem, and writes nothing for it", () => {
    const results = byName(first.json!.results);
    for (const [name, problem] of Object.entries(PROBLEMS)) {
      const result = results.get(name)!;
      expect([result.ok, result.status, result.output, result.events]).toEqual([false, "failed", null, []]);
      expect(result.error).toBe(`${inputs.file(name)}: ${problem}`);
    }
    const written = Object.keys(afterFirst).filter((file) => file.startsWith("content/articles/"));
    expect(written).toHaveLength(GOOD.length);
  });

  it("writes nothing on a second run: each good report is already archived, and the exit status is still 1", () => {
    expect(second.status).toBe(1);
    const before = byName(first.json!.results);
    for (const result of second.json!.results) {
      const name = path.basename(result.input);
      if (name in PROBLEMS) expect([name, result.status, result.error]).toEqual([name, "failed", before.get(name)!.error]);
      else expect([name, result.status, result.output, result.events]).toEqual([name, "exists", before.get(name)!.output, []]);
    }
    expect(afterThird).toEqual(afterFirst);
  });

  it("prints a line for each input and a summary line without --json", () => {
    expect(third.status).toBe(1);
    const lines = third.stdout.trimEnd().split("\n");
    expect(lines.at(-1)).toBe(`14 input(s): 0 written, ${GOOD.length} already in the archive, ${Object.keys(PROBLEMS).length} failed.`);
    const heads = lines.filter((line) => /^[✓✗] /.test(line));
    const outputs = byName(first.json!.results);
    expect(heads).toEqual(
      names().map((name) =>
        name in PROBLEMS
          ? `✗ ${inputs.file(name)}: ${PROBLEMS[name]}`
          : `✓ ${inputs.file(name)}: already in the archive as ${path.relative(archive.root, outputs.get(name)!.output!)}`,
      ),
    );
  });

  it("leaves no temporary files behind", () => {
    expect(leftoverTempFiles(archive.root)).toEqual([]);
  });
});

describe("--dry-run", { timeout: 60_000 }, () => {
  let archive: TempArchive;
  beforeAll(() => {
    archive = createTempArchive({ extraPlaces: true });
  });
  afterAll(() => archive.remove());

  it("says what it would write, writes nothing, and exits 0 when every input is good", () => {
    const before = snapshotTree(archive.root);
    const run = runIngest(archive.root, ["--dry-run", "--content", archive.content, ...GOOD.map(ingestFixture)]);
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(
      `${GOOD.length} input(s): ${GOOD.length} would be written, 0 already in the archive, 0 failed.`,
    );
    expect(run.stdout).toContain(`✓ ${ingestFixture(GOOD[0]!)}: would write content/articles/2020/`);
    expect(snapshotTree(archive.root)).toEqual(before);
    expect(existsSync(archive.file("content/articles"))).toBe(false);
    expect(existsSync(archive.file("content/events"))).toBe(false);
  });

  it("reports what the real run then does, for a batch holding a duplicate and two reports of one event", () => {
    const copy = archive.file("inputs/same-text-again.txt");
    writeText(copy, readFileSync(ingestFixture(GOOD[2]!)));
    const batch = [
      ingestFixture("corroboration/levant-news-agency-on-wednesday-in-a-friday-report.txt"),
      ingestFixture("corroboration/gulf-monitor-yesterday-in-a-thursday-report.txt"),
      ingestFixture(GOOD[2]!),
      copy,
    ];
    const outcome = (run: IngestRun, newStatus: string) =>
      run.json!.results.map((r) => ({
        input: path.basename(r.input),
        status: r.status === newStatus ? "new" : r.status,
        output: r.output,
        events: r.events.map((e) => `${e.action} ${e.id}`),
      }));
    const dry = runIngest(archive.root, ["--dry-run", "--json", "--content", archive.content, ...batch]);
    const real = runIngest(archive.root, ["--json", "--content", archive.content, ...batch]);
    expect(outcome(dry, "would-write")).toEqual(outcome(real, "written"));
  });
});

describe("--json", { timeout: 60_000 }, () => {
  it("prints exactly one JSON object on stdout, nothing on stderr, with every promised field of each result", () => {
    const archive = createTempArchive();
    try {
      const run = runIngest(archive.root, [
        "--dry-run",
        "--json",
        "--content",
        archive.content,
        ingestFixture(GOOD[2]!),
        ingestFixture("broken/empty-file.txt"),
      ]);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe("");
      expect(run.stdout.endsWith("}\n")).toBe(true);
      expect(run.stdout.trimEnd().includes("\n")).toBe(false);
      expect(Object.keys(run.json!)).toEqual(["results", "captures"]);
      const [good, bad] = run.json!.results;
      expect(good).toEqual({
        input: ingestFixture(GOOD[2]!),
        ok: true,
        status: "would-write",
        output: archive.file("content/articles/2020/irans-navy-said-it-test-fired-a-new-coastal-missile-on-tuesday-during-an.mdx"),
        published: "2020-07-10",
        dateline: "Tehran",
        draft: true,
        dates: [{ text: "on Tuesday", date: "2020-07-07", paragraph: 1, rule: "weekday-past" }],
        entities: [
          { id: "iran", name: "Iran", type: "place", text: "Iran" },
          { id: "strait-of-hormuz", name: "Strait of Hormuz", type: "place", text: "Strait of Hormuz" },
        ],
        candidates: [{ text: "Strait of Hormuz", type: "place", paragraph: 1 }],
        events: [
          {
            id: "2020-07-07-irans-navy-said-it-test-fired-a-new-coastal-missile-on",
            action: "created",
            file: archive.file("content/events/2020-07-07-irans-navy-said-it-test-fired-a-new-coastal-missile-on.yaml"),
            date: "2020-07-07",
          },
        ],
        drafts: [
          {
            id: "strait-of-hormuz",
            action: "created",
            file: archive.file("content/places/strait-of-hormuz.yaml"),
            coordinates: { none: "no town of that name in the gazetteer", ambiguous: false },
          },
        ],
        language: "en",
        warnings: [],
        error: null,
      });
      expect(bad).toMatchObject({
        input: ingestFixture("broken/empty-file.txt"),
        ok: false,
        status: "failed",
        output: null,
        published: null,
        dateline: null,
        dates: [],
        entities: [],
        candidates: [],
        language: null,
        warnings: [],
      });
      expect(bad!.error).toBe(`${ingestFixture("broken/empty-file.txt")}: ${PROBLEMS["empty-file.txt"]}`);
    } finally {
      archive.remove();
    }
  });
});

describe("wrong usage", { timeout: 60_000 }, () => {
  let archive: TempArchive;
  let before: Record<string, string>;
  beforeAll(() => {
    archive = createTempArchive();
    before = snapshotTree(archive.root);
  });
  afterAll(() => archive.remove());

  it("exits 2 on an unknown option, saying which, with the usage, and writes nothing", () => {
    const run = runIngest(archive.root, ["--json", "--frobnicate", "--content", archive.content, ingestFixture(GOOD[2]!)]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("Unknown option '--frobnicate'");
    expect(run.stderr).toContain("Usage: npm run ingest -- [--out DIR] [--content DIR]");
    expect(snapshotTree(archive.root)).toEqual(before);
  });

  it("exits 2 when no input is named", () => {
    const run = runIngest(archive.root, ["--json", "--content", archive.content]);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr.startsWith("No input: name at least one raw text file or folder.\n\nUsage:")).toBe(true);
  });

  it("exits 2 when --source-url is given with more than one input", () => {
    const run = runIngest(archive.root, [
      "--source-url",
      "https://example.org/a",
      "--content",
      archive.content,
      ingestFixture(GOOD[0]!),
      ingestFixture(GOOD[2]!),
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr.startsWith("--source-url names one report's address; give exactly one input with it.")).toBe(true);
    expect(snapshotTree(archive.root)).toEqual(before);
  });
});

describe("an article id that already exists for a different text", { timeout: 60_000 }, () => {
  const ID = "irans-navy-said-it-test-fired-a-new-coastal-missile-on-tuesday-during-an";
  let archive: TempArchive;
  let original: string;
  let revised: string;
  let articleFile: string;

  beforeAll(() => {
    archive = createTempArchive();
    original = ingestFixture(GOOD[2]!);
    // A new version of the same raw file: same file name and lede (so the same id), another second paragraph.
    revised = archive.file(`inputs/${GOOD[2]!}`);
    writeText(revised, readFileSync(original, "utf8").replace("and gave no range.", "and gave a range of 300 kilometres."));
    articleFile = archive.file(`content/articles/2020/${ID}.mdx`);
    const run = runIngest(archive.root, ["--json", "--content", archive.content, original]);
    expect(onlyResult(run).output).toBe(articleFile);
  }, 60_000);
  afterAll(() => archive.remove());

  it("is not replaced by a new version of the same file without --force: the input fails, saying to use --force, and the old file stays as it was", () => {
    const before = snapshotTree(archive.root);
    const run = runIngest(archive.root, ["--json", "--content", archive.content, revised]);
    expect(run.status).toBe(1);
    expect(onlyResult(run).error).toBe(
      `${revised}: ${articleFile} was ingested from a file of the same name with a different text; nothing was written. Use --force to replace it with this version`,
    );
    expect(snapshotTree(archive.root)).toEqual(before);
  });

  it("is replaced by the new version with --force", () => {
    const run = runIngest(archive.root, ["--json", "--force", "--content", archive.content, revised]);
    expect(run.status).toBe(0);
    expect([onlyResult(run).status, onlyResult(run).output]).toEqual(["written", articleFile]);
    const { body } = splitMdx(readFileSync(articleFile, "utf8"));
    expect(body).toContain("and gave a range of 300 kilometres.");
    expect(body).not.toContain("and gave no range.");
    expect(leftoverTempFiles(archive.root)).toEqual([]);
  });

  it("is not taken from another report whose headline gives the same id: that one gets its publication date appended", () => {
    const other = archive.file("inputs/another-outlet.txt");
    writeText(other, readFileSync(original, "utf8").replace("and gave no range.", "and did not say how far it flew."));
    const before = readFileSync(articleFile, "utf8");
    const run = runIngest(archive.root, ["--json", "--content", archive.content, other]);
    expect(run.status).toBe(0);
    expect([onlyResult(run).status, onlyResult(run).output]).toEqual([
      "written",
      archive.file(`content/articles/2020/${ID}-2020-07-10.mdx`),
    ]);
    expect(readFileSync(articleFile, "utf8")).toBe(before);
  });
});
