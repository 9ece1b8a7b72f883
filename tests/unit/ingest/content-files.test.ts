import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readArticleFile, readEntityFile, readEventFile } from "../../../src/ingest/content-files.ts";

const folder = mkdtempSync(path.join(tmpdir(), "dossier-content-files-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const written = path.join(folder, name);
  writeFileSync(written, text);
  return written;
}

const SHA = "a".repeat(64);

describe("reading the archive's files through their schemas", () => {
  it("reads a place as the model's record, with the defaults its schema gives", () => {
    expect(readEntityFile(file("tehran.yaml", "name: Tehran\nkind: city\ncountry: iran\n"), "places")).toEqual({
      collection: "places",
      id: "tehran",
      name: "Tehran",
      aliases: [],
      originalScript: [],
      description: "",
      draft: false,
      foundIn: [],
      kind: "city",
      country: "iran",
      coordinatesProposed: false,
    });
  });

  it("reads a one-day event with its day as start and end", () => {
    const event = readEventFile(
      file(
        "2020-07-08-signed.yaml",
        "title: Signed\ndate: 2020-07-08\npeople: [mohammad-bagheri]\nreports:\n  - article: a\n    paragraph: 5\n    phrase: on Wednesday\n",
      ),
    );
    expect(event).toMatchObject({
      id: "2020-07-08-signed",
      start: "2020-07-08",
      end: "2020-07-08",
      dateField: "date",
      people: ["mohammad-bagheri"],
      organizations: [],
    });
  });

  it("reads a report's frontmatter, leaving out a dateline it does not have", () => {
    const article = readArticleFile(
      file("a-report.mdx", `---\ntitle: A report\npublished: 2020-07-10\nsource:\n  sha256: ${SHA}\n  file: a.txt\n---\n\nText.\n`),
    );
    expect(article).toMatchObject({
      id: "a-report",
      published: "2020-07-10",
      source: { sha256: SHA, file: "a.txt" },
      people: [],
      cites: [],
      draft: false,
    });
    expect(article).not.toHaveProperty("dateline");
  });

  it("names the file, each wrong field and what is wrong with it", () => {
    const person = file("nameless.yaml", 'name: ""\naliases: [Baqeri, 7]\n');
    expect(() => readEntityFile(person, "people")).toThrow(
      `${person} does not validate; fix it before ingesting:\n- name: name is empty; write the entity's canonical name\n- aliases.1: Invalid input: expected string, received number`,
    );
    const event = file(
      "paragraph-zero.yaml",
      "title: Signed\ndate: 2020-07-08\nreports: [{ article: a, paragraph: 0, phrase: on Tuesday }]\n",
    );
    expect(() => readEventFile(event)).toThrow(
      `${event} does not validate; fix it before ingesting:\n- reports.0.paragraph: paragraph numbers start at 1 (the first paragraph is #p-1)`,
    );
    const article = file("unsourced.mdx", "---\ntitle: Unsourced\npublished: 2020-07-10\n---\n\nText.\n");
    expect(() => readArticleFile(article)).toThrow(
      `${article} does not validate; fix it before ingesting:\n- source: source is missing; add source: with at least sha256: <64 hex digits of the raw text>`,
    );
  });

  it("says which file is not YAML at all", () => {
    const broken = file("broken.yaml", "name: [Tehran\n");
    expect(() => readEntityFile(broken, "places")).toThrow(`${broken} is not valid YAML (`);
  });
});
