import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { finishInterruptedWrites, JOURNAL_FILE, WriteJournal } from "../../../src/ingest/write-journal.ts";

describe("the files of one report, written together", () => {
  let content: string;
  const file = (relative: string) => path.join(content, relative);
  beforeEach(() => {
    content = mkdtempSync(path.join(tmpdir(), "dossier-journal-"));
  });
  afterEach(() => rmSync(content, { recursive: true, force: true }));

  it("are all written and leave nothing else behind", () => {
    const journal = new WriteJournal(content);
    journal.writeTogether([
      { file: file("articles/2020/a.mdx"), text: "article", overwrite: false },
      { file: file("events/e.yaml"), text: "event", overwrite: true },
    ]);
    expect(readFileSync(journal.file, "utf8")).toBe("");
    journal.close();
    expect(readFileSync(file("articles/2020/a.mdx"), "utf8")).toBe("article");
    expect(readFileSync(file("events/e.yaml"), "utf8")).toBe("event");
    expect(readdirSync(content).sort()).toEqual(["articles", "events"]);
  });

  it("when a write fails half-way, stay journaled, block the next report, and are completed by the next writer", () => {
    mkdirSync(file("events/e.yaml"), { recursive: true });
    const writes = [
      { file: file("articles/2020/a.mdx"), text: "article", overwrite: false },
      { file: file("events/e.yaml"), text: "event", overwrite: true },
    ];
    const journal = new WriteJournal(content);
    expect(() => journal.writeTogether(writes)).toThrow();
    expect(() => journal.writeTogether([{ ...writes[0]!, file: file("articles/2020/b.mdx") }, writes[1]!])).toThrow(
      `${file(JOURNAL_FILE)}: the writes of an earlier report did not all finish; run the ingest again to complete them`,
    );
    journal.close();
    expect(existsSync(file(JOURNAL_FILE))).toBe(true);
    rmSync(file("events/e.yaml"), { recursive: true });
    writeFileSync(file("events/.e.yaml.0123456789ab.tmp"), "half");
    expect(finishInterruptedWrites(content, [])).toEqual([file("articles/2020/a.mdx"), file("events/e.yaml")]);
    expect(readFileSync(file("events/e.yaml"), "utf8")).toBe("event");
    expect(readdirSync(file("events"))).toEqual(["e.yaml"]);
    expect(existsSync(file(JOURNAL_FILE))).toBe(false);
  });

  it("remove files in the same step, and a removal a crash interrupted is redone by the next writer", () => {
    writeFileSync(file("dropped.yaml"), "dropped");
    writeFileSync(file("kept.yaml"), "kept");
    const journal = new WriteJournal(content);
    journal.writeTogether([
      { file: file("kept.yaml"), text: "merged", overwrite: true },
      { file: file("dropped.yaml"), delete: true },
    ]);
    journal.close();
    expect(readdirSync(content).sort()).toEqual(["kept.yaml"]);
    expect(readFileSync(file("kept.yaml"), "utf8")).toBe("merged");

    // A journal left by a writer killed after its first write: the removal is still to do.
    writeFileSync(file("other.yaml"), "other");
    const interrupted = [
      { file: file("kept.yaml"), text: "merged again", overwrite: true },
      { file: file("other.yaml"), delete: true },
    ];
    writeFileSync(file(JOURNAL_FILE), JSON.stringify({ writes: interrupted }));
    expect(finishInterruptedWrites(content, [])).toEqual([file("kept.yaml"), file("other.yaml")]);
    expect(readdirSync(content).sort()).toEqual(["kept.yaml"]);
    expect(readFileSync(file("kept.yaml"), "utf8")).toBe("merged again");
  });
});
