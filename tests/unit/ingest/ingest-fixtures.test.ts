import { readdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createTempArchive,
  filesUnder,
  INGEST_FIXTURES,
  ingestFixture,
  runIngest,
  splitMdx,
  type IngestResultJson,
  type IngestRun,
  type TempArchive,
} from "../../support/ingest.ts";

type DateJson = IngestResultJson["dates"][number];

interface Expected {
  behaviour: string;
  published: string;
  dateline: string | null;
  dates: DateJson[];
  /** Entity ids that must be linked, with the words as the report wrote them. */
  entities?: [id: string, text: string][];
}

const on = (text: string, date: string, paragraph: number, rule: DateJson["rule"]): DateJson => ({ text, date, paragraph, rule });

/** Every raw text in tests/fixtures/ingest/ (top level) and what the CLI must report for it. */
const FIXTURES: Record<string, Expected> = {
  "hyphen-dateline-and-on-tuesday-in-a-friday-report.txt": {
    behaviour: "reads a `TEHRAN -` dateline and takes “on Tuesday” in a Friday report for the Tuesday before",
    published: "2020-07-10",
    dateline: "Tehran",
    dates: [on("on Tuesday", "2020-07-07", 1, "weekday-past")],
  },
  "en-dash-dateline-and-today-thursday.txt": {
    behaviour: "reads a `TEHRAN –` dateline and “today, Thursday” as the day the writer calls today",
    published: "2020-07-09",
    dateline: "Tehran",
    dates: [on("today, Thursday", "2020-07-09", 1, "weekday-today")],
  },
  "agency-double-hyphen-dateline-and-last-tuesday-and-last-thursday.txt": {
    behaviour: "reads a `DAMASCUS (Agency) --` dateline, and “last Thursday” in a Thursday report as the week before",
    published: "2020-07-09",
    dateline: "Damascus",
    dates: [on("last Tuesday", "2020-07-07", 1, "weekday-last"), on("last Thursday", "2020-07-02", 2, "weekday-last")],
  },
  "country-and-time-dateline-and-next-monday.txt": {
    behaviour: "reads a `BEIRUT, LEBANON (5:30 P.M.) –` dateline as Beirut and “next Monday” as the Monday after",
    published: "2020-07-08",
    dateline: "Beirut",
    dates: [on("next Monday", "2020-07-13", 1, "weekday-next")],
    entities: [["lebanon", "Lebanon"]],
  },
  "outlet-and-date-in-parentheses-dateline-and-08th-july-2020.txt": {
    behaviour: "reads a `CAIRO (Outlet / Agency - 08th July, 2020) -` dateline and “08th July, 2020” as a calendar date",
    published: "2020-07-09",
    dateline: "Cairo",
    dates: [on("on 08th July, 2020", "2020-07-08", 1, "calendar")],
  },
  "comma-parenthesis-underscore-dateline-and-will-fly-back-on-saturday.txt": {
    behaviour: "reads a `DAMASCUS, (XX)_` dateline and “will fly back … on Saturday” as the coming Saturday",
    published: "2020-07-08",
    dateline: "Damascus",
    dates: [on("on Wednesday", "2020-07-08", 1, "weekday-past"), on("on Saturday", "2020-07-11", 2, "weekday-future")],
    entities: [
      ["iraq", "Iraq"],
      ["baghdad", "Baghdad"],
      ["beirut", "Beirut"],
    ],
  },
  "dateline-in-second-paragraph-after-a-standfirst-and-yesterday.txt": {
    behaviour: "finds the dateline in the second paragraph after a standfirst, and reads “yesterday”",
    published: "2020-07-10",
    dateline: "Baghdad",
    dates: [on("yesterday", "2020-07-09", 2, "yesterday")],
  },
  "no-dateline-and-today-and-tomorrow.txt": {
    behaviour: "reports no dateline when there is none, and reads “today” and “tomorrow”",
    published: "2020-07-11",
    dateline: null,
    dates: [on("today", "2020-07-11", 1, "today"), on("tomorrow", "2020-07-12", 2, "tomorrow")],
  },
  "date-stamp-metadata-line-and-on-july-8-in-a-later-report.txt": {
    behaviour: "skips a `2020/07/11 | 14:22 - Source: IRNA` line, and reads “on July 8” in a later report as 8 July 2020",
    published: "2020-07-11",
    dateline: "Tehran",
    dates: [on("on July 8", "2020-07-08", 1, "calendar-no-year")],
  },
  "posted-on-by-metadata-line-and-july-1-2020.txt": {
    behaviour: "skips a `Posted on … by …` line and reads “July 1, 2020” as a calendar date",
    published: "2020-07-09",
    dateline: "Damascus",
    dates: [on("July 1, 2020", "2020-07-01", 1, "calendar")],
  },
  "crlf-line-ends-and-byte-order-mark.txt": {
    behaviour: "reads a file with a byte-order mark and CRLF line ends like any other",
    published: "2020-07-09",
    dateline: "Tehran",
    dates: [on("yesterday", "2020-07-08", 1, "yesterday")],
  },
  "zero-width-characters-and-curly-quotes.txt": {
    behaviour: "links a name split by a zero-width space, in a sentence with curly quotes and apostrophes",
    published: "2020-07-10",
    dateline: "Tehran",
    dates: [on("on Thursday", "2020-07-09", 1, "weekday-past")],
    entities: [["mohammad-bagheri", "Major General Mohammad Bagheri"]],
  },
  "arabic-script-name-linked-to-the-person.txt": {
    behaviour: "links a name written in Arabic script to the person of that original-script name",
    published: "2020-07-09",
    dateline: "Damascus",
    dates: [on("on Wednesday", "2020-07-08", 1, "weekday-past")],
    entities: [["bashar-al-assad", "بشار الأسد"]],
  },
  "month-end-on-monday-and-yesterday-in-a-july-1-report.txt": {
    behaviour: "reads “on Monday” and “yesterday” in a 1 July report as days of June",
    published: "2020-07-01",
    dateline: "Baghdad",
    dates: [on("on Monday", "2020-06-29", 1, "weekday-past"), on("yesterday", "2020-06-30", 2, "yesterday")],
  },
  "year-end-last-thursday-in-a-january-4-report.txt": {
    behaviour: "reads “last Thursday” in a report of Monday 4 January 2021 as 31 December 2020",
    published: "2021-01-04",
    dateline: "Tehran",
    dates: [on("last Thursday", "2020-12-31", 1, "weekday-last")],
  },
  "year-end-tomorrow-in-a-december-31-report.txt": {
    behaviour: "reads “tomorrow” in a report of 31 December 2020 as 1 January 2021",
    published: "2020-12-31",
    dateline: "Beirut",
    dates: [on("tomorrow", "2021-01-01", 1, "tomorrow")],
  },
};

const NAMES = Object.keys(FIXTURES);
const ALL_RULES = [
  "weekday-past",
  "weekday-future",
  "weekday-last",
  "weekday-next",
  "weekday-today",
  "yesterday",
  "today",
  "tomorrow",
  "calendar",
  "calendar-no-year",
];

describe("each raw text of tests/fixtures/ingest/ through `ingest --dry-run --json`", () => {
  let archive: TempArchive;
  let run: IngestRun;
  const resultFor = (name: string): IngestResultJson => {
    const result = run.json!.results.find((r) => r.input === ingestFixture(name));
    if (!result) throw new Error(`no result for ${name}`);
    return result;
  };

  beforeAll(() => {
    archive = createTempArchive({ extraPlaces: true });
    run = runIngest(archive.root, ["--dry-run", "--json", "--content", archive.content, ...NAMES.map(ingestFixture)]);
  }, 60_000);
  afterAll(() => archive.remove());

  it("has an expectation for every fixture in the folder, and the fixtures cover every date rule", () => {
    const files = readdirSync(INGEST_FIXTURES, { withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => e.name);
    expect(files.sort()).toEqual([...NAMES].sort());
    expect(NAMES.length).toBeGreaterThanOrEqual(15);
    const rules = new Set(Object.values(FIXTURES).flatMap((f) => f.dates.map((d) => d.rule)));
    expect([...rules].sort()).toEqual([...ALL_RULES].sort());
  });

  it("succeeds for all of them, one result per input in input order, and writes nothing", () => {
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.json!.results.map((r) => [r.input, r.ok, r.status])).toEqual(
      NAMES.map((name) => [ingestFixture(name), true, "would-write"]),
    );
    expect(filesUnder(archive.file("content/articles"))).toEqual([]);
    expect(filesUnder(archive.file("content/events"))).toEqual([]);
  });

  for (const [name, expected] of Object.entries(FIXTURES)) {
    it(`${expected.behaviour} (${name})`, () => {
      const result = resultFor(name);
      expect(result.error).toBeNull();
      expect({ published: result.published, dateline: result.dateline, dates: result.dates }).toEqual({
        published: expected.published,
        dateline: expected.dateline,
        dates: expected.dates,
      });
      for (const [id, text] of expected.entities ?? []) {
        expect(result.entities).toContainEqual(expect.objectContaining({ id, text }));
      }
    });
  }

  it("reports the dateline as null when the archive does not know the place, however it is written", { timeout: 60_000 }, () => {
    const plain = createTempArchive();
    try {
      const names = ["outlet-and-date-in-parentheses-dateline-and-08th-july-2020.txt", "country-and-time-dateline-and-next-monday.txt"];
      const { json } = runIngest(plain.root, ["--dry-run", "--json", "--content", plain.content, ...names.map(ingestFixture)]);
      expect(json!.results.map((r) => [r.ok, r.dateline])).toEqual([
        [true, null],
        [true, null],
      ]);
    } finally {
      plain.remove();
    }
  });
});

describe("what the ingest command writes for the awkward fixtures", () => {
  const AWKWARD = [
    "zero-width-characters-and-curly-quotes.txt",
    "arabic-script-name-linked-to-the-person.txt",
    "crlf-line-ends-and-byte-order-mark.txt",
  ];
  let archive: TempArchive;
  let run: IngestRun;
  const bodyOf = (name: string): string => {
    const result = run.json!.results.find((r) => r.input === ingestFixture(name))!;
    expect(result.status).toBe("written");
    return splitMdx(readFileSync(result.output!, "utf8")).body;
  };

  beforeAll(() => {
    archive = createTempArchive({ extraPlaces: true });
    run = runIngest(archive.root, ["--json", "--content", archive.content, ...AWKWARD.map(ingestFixture)]);
  }, 60_000);
  afterAll(() => archive.remove());

  it("keeps the fixtures' bytes as the test expects them (BOM, CRLF, zero-width space)", () => {
    const crlf = readFileSync(ingestFixture("crlf-line-ends-and-byte-order-mark.txt"));
    expect([...crlf.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(crlf.includes("\r\n")).toBe(true);
    expect(readFileSync(ingestFixture("zero-width-characters-and-curly-quotes.txt"), "utf8")).toContain("Bag\u200Bheri");
  });

  it("drops zero-width characters and keeps curly quotes in the article body", () => {
    const body = bodyOf("zero-width-characters-and-curly-quotes.txt");
    expect(body).toBe(
      "Major General Mohammad Bagheri said on Thursday that Iran’s support for Syria was “not up for negotiation,” state television reported.\n\nHe spoke in the city of Mashhad.\n",
    );
  });

  it("keeps Arabic script and guillemets in the article body", () => {
    const body = bodyOf("arabic-script-name-linked-to-the-person.txt");
    expect(body).toBe(
      "A decree signed by President بشار الأسد on Wednesday raised public sector salaries, the presidency said.\n\nThe decree was read on state television in Arabic: «زيادة الرواتب».\n",
    );
  });

  it("writes LF line ends and no byte-order mark for a CRLF file with a BOM", () => {
    const body = bodyOf("crlf-line-ends-and-byte-order-mark.txt");
    expect(body).toBe(
      "Iran\\'s civil aviation body said yesterday that flights to Najaf would resume next week.\n\nPilgrims will need a negative virus test.\n",
    );
  });
});
