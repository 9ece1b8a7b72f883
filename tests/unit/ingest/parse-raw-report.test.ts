import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_RAW_BYTES, parseRawReport, RawReportError, type RawReport } from "../../../src/ingest/raw-report/parse-raw-report.ts";
import { SEED_FILE } from "../../support/seed.ts";

const FIXTURES = new URL("../../fixtures/raw/", import.meta.url);
const SEED = new URL(`file://${SEED_FILE}`);

function fixtureBytes(name: string): Uint8Array {
  return readFileSync(new URL(name, FIXTURES));
}

function parseFixture(name: string): RawReport {
  return parseRawReport(fixtureBytes(name), name);
}

function sha256Of(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function thrownBy(action: () => unknown): RawReportError {
  try {
    action();
  } catch (error) {
    if (error instanceof RawReportError) return error;
    throw error;
  }
  throw new Error("expected a RawReportError, but nothing was thrown");
}

type Expected = Omit<RawReport, "sha256" | "language">;

const noDateline: Pick<Expected, "dateline" | "datelineParagraph"> = { dateline: null, datelineParagraph: null };
const nothingElse: Pick<Expected, "credits" | "metadata"> = { credits: null, metadata: [] };

/** Fixtures whose bytes hash as they are: no byte-order mark, no CR. */
const readableFixtures: Record<string, { behaviour: string; expected: Expected }> = {
  "dateline-hyphen-same-line.txt": {
    behaviour: "takes a hyphen dateline off the header line and initials off the end",
    expected: {
      published: "2020-07-08",
      dateline: { place: "TEHRAN", detail: null, text: "TEHRAN -" },
      datelineParagraph: 1,
      paragraphs: [
        "Iran's Foreign Ministry said on Wednesday that a delegation would travel to Damascus to follow up the defence pact signed this week.",
        "The spokesman told reporters that the visit was planned before the agreement.",
      ],
      credits: "AB/CD",
      metadata: [],
    },
  },
  "dateline-en-dash.txt": {
    behaviour: "reads a dateline with an en dash",
    expected: {
      published: "2020-07-09",
      dateline: { place: "DAMASCUS", detail: null, text: "DAMASCUS –" },
      datelineParagraph: 1,
      paragraphs: [
        "Syrian air defence units were placed on alert overnight, the state news agency said on Thursday.",
        "No damage was reported.",
      ],
      ...nothingElse,
    },
  },
  "dateline-em-dash.txt": {
    behaviour: "reads a dateline with an em dash",
    expected: {
      published: "2020-07-09",
      dateline: { place: "TEHRAN", detail: null, text: "TEHRAN —" },
      datelineParagraph: 1,
      paragraphs: [
        "Iranian lawmakers welcomed the military agreement with Syria in an open session of parliament on Thursday.",
        "Several deputies called for a similar accord on trade.",
      ],
      ...nothingElse,
    },
  },
  "dateline-double-hyphen-agency.txt": {
    behaviour: "reads an agency in parentheses before a double hyphen",
    expected: {
      published: "2020-07-10",
      dateline: { place: "DAMASCUS", detail: "SANA", text: "DAMASCUS (SANA) --" },
      datelineParagraph: 1,
      paragraphs: [
        "The Syrian Defence Ministry said on Friday that joint training with Iranian advisers would begin next month.",
        "The ministry gave no figures.",
      ],
      ...nothingElse,
    },
  },
  "dateline-country-and-time.txt": {
    behaviour: "reads a city and country with a filing time",
    expected: {
      published: "2020-07-11",
      dateline: { place: "BEIRUT, LEBANON", detail: "5:30 P.M.", text: "BEIRUT, LEBANON (5:30 P.M.) –" },
      datelineParagraph: 1,
      paragraphs: [
        'Hezbollah\'s media office said the Iran-Syria defence pact "changes the balance" in the region.',
        "The statement was read on the group's television channel.",
      ],
      ...nothingElse,
    },
  },
  "dateline-outlet-and-date-in-parentheses.txt": {
    behaviour: "reads an outlet, agency and date in parentheses, hyphen included",
    expected: {
      published: "2020-07-08",
      dateline: {
        place: "CAIRO",
        detail: "Nile Wire / Levant Agency - 08th July, 2020",
        text: "CAIRO (Nile Wire / Levant Agency - 08th July, 2020) -",
      },
      datelineParagraph: 1,
      paragraphs: [
        "Arab League diplomats said they were studying the text of the Iran-Syria agreement.",
        "A spokesman declined to comment further.",
      ],
      ...nothingElse,
    },
  },
  "dateline-comma-parenthesis-underscore.txt": {
    behaviour: "reads a comma, a parenthesised agency code and an underscore separator",
    expected: {
      published: "2020-07-12",
      dateline: { place: "DAMASCUS", detail: "XX", text: "DAMASCUS, (XX)_" },
      datelineParagraph: 1,
      paragraphs: [
        "Syrian and Iranian officials met on Sunday to discuss rebuilding power stations damaged in the war.",
        "The talks are expected to continue on Monday.",
      ],
      ...nothingElse,
    },
  },
  "dateline-in-second-paragraph.txt": {
    behaviour: "finds the dateline in the second paragraph after a standfirst, which stays a paragraph",
    expected: {
      published: "2020-07-13",
      dateline: { place: "TEHRAN", detail: null, text: "TEHRAN -" },
      datelineParagraph: 2,
      paragraphs: [
        "Tehran and Damascus agree to expand cooperation on air defence, officials say.",
        "Iran will supply new radar systems to Syria under the agreement signed last week, a senior commander said on Monday.",
        "He did not say when deliveries would start.",
      ],
      ...nothingElse,
    },
  },
  "no-dateline.txt": {
    behaviour: "leaves a report without a dateline untouched",
    expected: {
      published: "2020-07-14",
      ...noDateline,
      paragraphs: [
        "Iran's ambassador to Syria said on Tuesday that the two countries would hold a joint economic committee meeting before the end of the month.",
        "The last meeting was held in January.",
      ],
      ...nothingElse,
    },
  },
  "acronym-opening-sentence-is-not-a-dateline.txt": {
    behaviour: "does not take an acronym opening a sentence for a dateline",
    expected: {
      published: "2020-07-14",
      ...noDateline,
      paragraphs: [
        "IRIB reported that the Syrian prime minister would visit Tehran in the autumn.",
        "U.S. officials said the defence agreement violated United Nations sanctions.",
      ],
      ...nothingElse,
    },
  },
  "metadata-date-stamp-line.txt": {
    behaviour: "keeps a date-stamp line on the header line apart as metadata",
    expected: {
      published: "2020-07-08",
      dateline: { place: "TEHRAN", detail: null, text: "TEHRAN -" },
      datelineParagraph: 1,
      paragraphs: ["Iran's government spokesman said the agreement with Syria was defensive.", "He spoke at a weekly news conference."],
      credits: null,
      metadata: ["2020/07/08 | 14:22 - Source: IRNA"],
    },
  },
  "metadata-posted-and-updated-lines.txt": {
    behaviour: "keeps posted and updated lines apart as metadata",
    expected: {
      published: "2020-07-09",
      dateline: { place: "DAMASCUS", detail: null, text: "DAMASCUS –" },
      datelineParagraph: 1,
      paragraphs: [
        "Syria's foreign minister thanked Iran for its support during a telephone call with his Iranian counterpart.",
        "The two ministers also discussed the coronavirus outbreak.",
      ],
      credits: null,
      metadata: ["Posted on July 9, 2020 by Middle East Desk", "Updated: July 9, 2020 18:05"],
    },
  },
  "article-on-line-after-header.txt": {
    behaviour: "reads an article that starts below a header standing alone",
    expected: {
      published: "2020-07-15",
      dateline: { place: "TEHRAN", detail: null, text: "TEHRAN -" },
      datelineParagraph: 1,
      paragraphs: [
        "Iran's army chief said on Wednesday that Syrian officers would train at Iranian military academies.",
        "He gave no numbers.",
      ],
      ...nothingElse,
    },
  },
  "arabic-and-persian-script-kept.txt": {
    behaviour: "keeps Arabic and Persian script exactly, non-joiner included",
    expected: {
      published: "2020-07-16",
      dateline: { place: "TEHRAN", detail: null, text: "TEHRAN -" },
      datelineParagraph: 1,
      paragraphs: [
        "The agreement was signed in Damascus (دمشق) by the two chiefs of staff.",
        "The Persian-language statement said: «ما می\u200cخواهیم همکاری را گسترش دهیم».",
        'The Arabic text read: "اتفاقية التعاون العسكري".',
      ],
      ...nothingElse,
    },
  },
  "curly-and-straight-quotes-kept.txt": {
    behaviour: "keeps curly and straight quotes as they are",
    expected: {
      published: "2020-07-16",
      dateline: { place: "DAMASCUS", detail: null, text: "DAMASCUS -" },
      datelineParagraph: 1,
      paragraphs: [
        "“We will stand together,” the minister said, adding that Syria's ‘allies’ had been 'loyal'.",
        'He called the pact "historic".',
      ],
      ...nothingElse,
    },
  },
  "signature-reporting-by-and-initials.txt": {
    behaviour: "takes a reporting credit and initials as the signature",
    expected: {
      published: "2020-07-17",
      dateline: { place: "BEIRUT", detail: null, text: "BEIRUT –" },
      datelineParagraph: 1,
      paragraphs: [
        "Iran's foreign minister is expected to visit Damascus next week, a diplomatic source said on Friday.",
        "The visit has not been officially announced.",
      ],
      credits: "(Reporting by Rami Haddad; Editing by Laila Noor)\nAB/CD/EF",
      metadata: [],
    },
  },
  "signature-lookalike-last-paragraph-kept.txt": {
    behaviour: "keeps last paragraphs that only look like signatures",
    expected: {
      published: "2020-07-18",
      dateline: { place: "TEHRAN", detail: null, text: "TEHRAN -" },
      datelineParagraph: 1,
      paragraphs: [
        "Iran's defence minister said Iranian advisers in Syria were not combat troops.",
        "IRGC/Quds Force units were not part of the new agreement, he said.",
        "(The ministry did not give further details.)",
      ],
      ...nothingElse,
    },
  },
  "multi-line-paragraphs-and-spaced-blank-lines.txt": {
    behaviour: "keeps single newlines inside paragraphs and splits on runs of blank or whitespace-only lines",
    expected: {
      published: "2020-07-19",
      dateline: { place: "DAMASCUS", detail: null, text: "DAMASCUS -" },
      datelineParagraph: 1,
      paragraphs: [
        "The Syrian cabinet approved the defence agreement\nwith Iran on Sunday, the official news agency said.",
        "The agreement now goes to parliament,\nwhich is expected to ratify it\nwithin weeks.",
      ],
      credits: "NA/PA",
      metadata: [],
    },
  },
  "zero-width-characters.txt": {
    behaviour: "removes zero-width junk but keeps the non-joiner inside a Persian word",
    expected: {
      published: "2020-07-20",
      dateline: { place: "TEHRAN", detail: null, text: "TEHRAN -" },
      datelineParagraph: 1,
      paragraphs: [
        "Iran's top security official said the pact with Syria was not aimed at any third country.",
        "The Persian word for agreement, توافق\u200cنامه, kept its non-joiner; a stray one in Damascus did not.",
        "He spoke to state television.",
      ],
      ...nothingElse,
    },
  },
};

const badFixtures: Record<string, { behaviour: string; problem: string }> = {
  "bad-empty.txt": {
    behaviour: "refuses an empty file",
    problem:
      'the file is empty (or only whitespace); a raw report is "date YYYY-MM-DD" followed by the article text, so fill it in or delete the file',
  },
  "bad-only-whitespace.txt": {
    behaviour: "refuses a file of only whitespace",
    problem:
      'the file is empty (or only whitespace); a raw report is "date YYYY-MM-DD" followed by the article text, so fill it in or delete the file',
  },
  "bad-no-date-header.txt": {
    behaviour: "refuses a file without the date header",
    problem:
      'the first line must start with "date YYYY-MM-DD", but it starts with "TEHRAN - Iran and Syria signed a defence…"; add a first line such as "date 2020-07-08" giving the day the report was published',
  },
  "bad-impossible-date.txt": {
    behaviour: "refuses a date that does not exist",
    problem: "the header date 2020-02-30 does not exist (February 2020 has 29 days); correct the date on the first line",
  },
  "bad-month-name-date.txt": {
    behaviour: "refuses a date written in words, giving the ISO form",
    problem: 'the header "date July 8, 2020 TEHRAN - Iran and Syri…" does not give the date as YYYY-MM-DD; write it as "date 2020-07-08"',
  },
  "bad-unpadded-date.txt": {
    behaviour: "refuses a date without leading zeros, giving the padded form",
    problem: 'the header "date 2020-7-8 TEHRAN - Iran and Syria si…" does not give the date as YYYY-MM-DD; write it as "date 2020-07-08"',
  },
  "bad-header-without-article.txt": {
    behaviour: "refuses a header with no article after it",
    problem:
      'the file has the header "date 2020-07-08" but no article text after it; put the report\'s paragraphs after the date, on the same line or below it',
  },
  "bad-signature-only.txt": {
    behaviour: "refuses a header followed only by a signature",
    problem:
      'the file has the header "date 2020-07-08" but no article text after it, only the signature "NA/PA"; put the report\'s paragraphs after the date',
  },
  "bad-windows-1256-not-utf8.txt": {
    behaviour: "refuses text in a legacy encoding, pointing at the first bad byte",
    problem:
      'the file is not valid UTF-8: byte 0xCF at offset 52 (line 1) does not start a valid UTF-8 character; re-save the file as UTF-8, e.g. with "iconv -f WINDOWS-1256 -t UTF-8" for an Arabic-script Windows export',
  },
  "bad-binary-nul-bytes.bin": {
    behaviour: "refuses binary data with NUL bytes",
    problem:
      "the file looks like binary data, not text (it has a NUL byte at offset 8); a raw report is a plain UTF-8 text file, so check that this is the right file",
  },
  "bad-control-characters.bin": {
    behaviour: "refuses binary data made mostly of control characters",
    problem:
      "the file looks like binary data, not text (80% of its bytes are control characters); a raw report is a plain UTF-8 text file, so check that this is the right file",
  },
};

describe("parseRawReport on the fixtures", () => {
  const readableCases = Object.entries(readableFixtures).map(([name, { behaviour, expected }]) => [name, behaviour, expected] as const);
  const badCases = Object.entries(badFixtures).map(([name, { behaviour, problem }]) => [name, behaviour, problem] as const);

  it.each(readableCases)("%s %s", (name, _behaviour, expected) => {
    // Every fixture here is English wire copy; Arabic and Persian reports have tests of their own.
    expect(parseFixture(name)).toEqual({ ...expected, language: { language: "en" }, sha256: sha256Of(fixtureBytes(name)) });
  });

  it.each(badCases)("%s %s", (name, _behaviour, problem) => {
    const error = thrownBy(() => parseFixture(name));
    expect({ file: error.file, problem: error.problem, message: error.message }).toEqual({
      file: name,
      problem,
      message: `${name}: ${problem}`,
    });
  });

  it("reads the same report saved with a byte-order mark and CRLF line ends identically, hash included", () => {
    const bytes = fixtureBytes("crlf-and-byte-order-mark.txt");
    expect(Array.from(bytes.subarray(0, 3)), "the fixture must keep its byte-order mark").toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes), "the fixture must keep its CRLF line ends (check .gitattributes)").toContain("\r\n");
    expect(parseFixture("crlf-and-byte-order-mark.txt")).toEqual(parseFixture("dateline-hyphen-same-line.txt"));
  });

  it("asserts every fixture in tests/fixtures/raw", () => {
    const asserted = [...Object.keys(readableFixtures), ...Object.keys(badFixtures), "crlf-and-byte-order-mark.txt"];
    expect(readdirSync(FIXTURES).sort()).toEqual(asserted.sort());
  });
});

describe("parseRawReport on the real seed", () => {
  it("reads the seed report completely, losing nothing", () => {
    expect(existsSync(SEED), `the seed report is missing: ${SEED.pathname}; restore it from the repository`).toBe(true);
    const bytes = readFileSync(SEED);
    const report = parseRawReport(bytes, "000_9d56d482255bdcbe.txt");

    expect(report.published).toBe("2020-07-10");
    expect(report.dateline).toEqual({ place: "TEHRAN", detail: null, text: "TEHRAN -" });
    expect(report.datelineParagraph).toBe(1);
    // 15 blocks of text in the file: 14 article paragraphs and the "NA/PA" signature.
    expect(report.paragraphs).toHaveLength(14);
    expect(report.paragraphs[0]?.startsWith("Syrian President Bashar al-Assad has said")).toBe(true);
    expect(report.paragraphs.at(-1)).toBe("Bagheri visited Damascus at the top of a military delegation on Tuesday.");
    expect(report.credits).toBe("NA/PA");
    expect(report.metadata).toEqual([]);
    expect(report.sha256).toBe("ee13ddceafda7ea07426ac2b47ba6bd251bd8787ed044278d464cbbf48272a8e");
    expect(report.sha256).toBe(sha256Of(bytes));

    const rebuilt = ` date ${report.published} ${report.dateline?.text} ${report.paragraphs.join("\n\n")}\n\n${report.credits}\n\n\n\n`;
    expect(rebuilt).toBe(new TextDecoder().decode(bytes));
  });
});

describe("parseRawReport on the edges of the format", () => {
  it.each([
    [
      "an AP-style city and title-case country",
      "BEIRUT, Lebanon (AP) — Text.",
      { place: "BEIRUT, Lebanon", detail: "AP", text: "BEIRUT, Lebanon (AP) —" },
    ],
    [
      "a Reuters-style city and day",
      "TEHRAN, July 8 (Reuters) - Text.",
      { place: "TEHRAN", detail: "Reuters", text: "TEHRAN, July 8 (Reuters) -" },
    ],
    ["a hyphenated place", "DEIR EZ-ZOR, SYRIA: Text.", { place: "DEIR EZ-ZOR, SYRIA", detail: null, text: "DEIR EZ-ZOR, SYRIA:" }],
    ["a dateline alone on the first line of its paragraph", "TEHRAN -\nText.", { place: "TEHRAN", detail: null, text: "TEHRAN -" }],
  ])("reads %s as a dateline", (_style, article, dateline) => {
    const report = parseRawReport(utf8(`date 2020-07-08 ${article}\n`), "style.txt");
    expect({ dateline: report.dateline, paragraphs: report.paragraphs }).toEqual({ dateline, paragraphs: ["Text."] });
  });

  it.each([
    ["a hyphenated compound", "IRAN-IRAQ border crossings reopened on Wednesday."],
    ["a colon without a space", "NOTE:the figures are provisional."],
    ["a dateline with nothing after it in its paragraph", "TEHRAN -"],
  ])("does not read %s as a dateline", (_case, article) => {
    const report = parseRawReport(utf8(`date 2020-07-08 ${article}\n\nSecond paragraph.\n`), "not-a-dateline.txt");
    expect({ dateline: report.dateline, paragraphs: report.paragraphs }).toEqual({
      dateline: null,
      paragraphs: [article, "Second paragraph."],
    });
  });

  it("keeps metadata-like words later in the article as article text", () => {
    const report = parseRawReport(utf8("date 2020-07-08 TEHRAN - Text.\n\nUpdated: the figures changed.\n\nAB/CD\n"), "late-metadata.txt");
    expect(report.metadata).toEqual([]);
    expect(report.paragraphs).toEqual(["Text.", "Updated: the figures changed."]);
  });

  it("takes signature lines that follow the last paragraph without a blank line", () => {
    const report = parseRawReport(utf8("date 2020-07-08 TEHRAN - Text.\nNA/PA\n"), "signature.txt");
    expect({ paragraphs: report.paragraphs, credits: report.credits }).toEqual({ paragraphs: ["Text."], credits: "NA/PA" });
  });

  it("normalises lone carriage returns like CRLF", () => {
    const report = parseRawReport(utf8("date 2020-07-08 TEHRAN - One\rtwo.\r\rThree.\r"), "old-mac.txt");
    expect(report.paragraphs).toEqual(["One\ntwo.", "Three."]);
    expect(report.sha256).toBe(sha256Of(utf8("date 2020-07-08 TEHRAN - One\ntwo.\n\nThree.\n")));
  });

  it("hashes the text before zero-width characters are removed", () => {
    const report = parseRawReport(utf8("date 2020-07-08 Te\u200bxt.\n"), "zero-width.txt");
    expect(report.paragraphs).toEqual(["Text."]);
    expect(report.sha256).toBe(sha256Of(utf8("date 2020-07-08 Te\u200bxt.\n")));
  });

  it.each([
    [
      "a month that does not exist",
      "date 2020-13-01 Text.",
      "the header date 2020-13-01 does not exist (there is no month 13; months run from 01 to 12); correct the date on the first line",
    ],
    [
      "day zero",
      "date 2020-07-00 Text.",
      "the header date 2020-07-00 does not exist (there is no day 00; days run from 01); correct the date on the first line",
    ],
    [
      "a day and month that could be either way round",
      "date 08/07/2020 Text.",
      'the header "date 08/07/2020 Text." does not give the date as YYYY-MM-DD; write the date as year-month-day with leading zeros, e.g. "date 2020-07-08"',
    ],
    [
      "a date without a year",
      "date July 8 Text.",
      'the header "date July 8 Text." does not give the date as YYYY-MM-DD; write the date as year-month-day with leading zeros, e.g. "date 2020-07-08"',
    ],
    [
      "only zero-width characters",
      "\u200b\ufeff\u2060\n",
      'the file is empty (or only whitespace); a raw report is "date YYYY-MM-DD" followed by the article text, so fill it in or delete the file',
    ],
  ])("refuses %s", (_case, text, problem) => {
    expect(thrownBy(() => parseRawReport(utf8(text), "case.txt")).message).toBe(`case.txt: ${problem}`);
  });

  it("accepts the 1904 leap day and refuses the 1900 one", () => {
    expect(parseRawReport(utf8("date 1904-02-29 Text."), "leap.txt").published).toBe("1904-02-29");
    expect(thrownBy(() => parseRawReport(utf8("date 1900-02-29 Text."), "leap.txt")).problem).toBe(
      "the header date 1900-02-29 does not exist (February 1900 has 28 days); correct the date on the first line",
    );
  });
});

describe("parseRawReport on oversize input", () => {
  it("refuses a file over MAX_RAW_BYTES before decoding it", () => {
    const directory = mkdtempSync(join(tmpdir(), "raw-report-"));
    try {
      const path = join(directory, "oversize.txt");
      const bytes = new Uint8Array(MAX_RAW_BYTES + 1).fill(0xff);
      bytes.set(utf8("date 2020-07-08 TEHRAN - "));
      writeFileSync(path, bytes);
      const error = thrownBy(() => parseRawReport(readFileSync(path), "oversize.txt"));
      expect(error.message).toBe(
        "oversize.txt: the file is 5242881 bytes, over the 5242880-byte (5 MB) limit for one raw report; a wire report is a few kilobytes, so check that this is the right file, or split it into one report per file",
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it("accepts a report of exactly MAX_RAW_BYTES", () => {
    const header = "date 2020-07-08 TEHRAN - ";
    const bytes = utf8(header + "x".repeat(MAX_RAW_BYTES - header.length));
    const report = parseRawReport(bytes, "largest.txt");
    expect(report.paragraphs.map((paragraph) => paragraph.length)).toEqual([MAX_RAW_BYTES - header.length]);
  });
});
