import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gunzipSync, unzipSync } from "fflate";
import { WARCParser } from "warcio";
import { afterAll, describe, expect, it } from "vitest";
import {
  buildLargeWarc,
  buildWacz,
  buildWarc,
  flipByte,
  gzipMemberStarts,
  PNG_BYTES,
  truncated,
  type CapturedPage,
} from "../../../src/tools/captures/build-captures.ts";
import { REPO_ROOT } from "../../support/temp-site.ts";

const FIXTURES = path.join(REPO_ROOT, "tests/fixtures/captures");

const PAGES: CapturedPage[] = [
  { file: "wire-agency.html", url: "https://levantwire.example/news/2020/07/08/iran-syria-agreement", date: "2020-07-08T21:02:11Z" },
  { file: "wordpress-blog.html", url: "https://tehranreview.example/2020/07/09/bagheri-damascus-trip/", date: "2020-07-09T08:30:00Z" },
  { file: "time-only.html", url: "https://damascusdaily.example/politics/assad-receives-bagheri-2020", date: "2020-07-10T06:00:00Z" },
  { file: "no-date.html", url: "https://gulfobserver.example/world/iran-syria-air-defence", date: "2020-07-10T07:15:00Z" },
].map(({ file, url, date }) => ({ url, date, html: Uint8Array.from(readFileSync(path.join(FIXTURES, "pages", file))) }));

interface ReadRecord {
  type: string;
  uri: string | null | undefined;
  status: string | number | undefined;
  contentType: string | null | undefined;
  payload: Uint8Array;
  text: string;
}

async function readWarc(bytes: Uint8Array): Promise<ReadRecord[]> {
  const records: ReadRecord[] = [];
  for await (const record of new WARCParser([bytes])) {
    const payload = await record.readFully(true);
    records.push({
      type: record.warcType,
      uri: record.warcTargetURI,
      status: record.httpHeaders?.statusCode,
      contentType: record.httpHeaders?.headers.get("Content-Type") ?? record.warcContentType,
      payload,
      text: new TextDecoder().decode(payload),
    });
  }
  return records;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("buildWarc", () => {
  for (const gzip of [true, false]) {
    it(`round-trips the four saved pages with extras (gzip: ${gzip})`, async () => {
      const warc = await buildWarc(PAGES, { gzip, extras: true });
      const records = await readWarc(warc);
      expect(records.map((r) => r.type)).toEqual([
        "warcinfo",
        ...PAGES.flatMap(() => ["request", "response"]),
        "response",
        "response",
        "response",
        "resource",
        "metadata",
      ]);
      expect(records[0]?.text).toContain("software: Webrecorder ArchiveWeb.page");
      for (const [i, page] of PAGES.entries()) {
        const request = records[1 + i * 2];
        const response = records[2 + i * 2];
        expect(request?.uri).toBe(page.url);
        expect(response?.uri).toBe(page.url);
        expect(String(response?.status)).toBe("200");
        expect(response?.contentType).toBe("text/html; charset=utf-8");
        expect(response?.payload).toEqual(page.html);
      }
      const [png, redirect, notFound, resource, metadata] = records.slice(1 + PAGES.length * 2);
      expect(png?.contentType).toBe("image/png");
      expect(png?.payload).toEqual(PNG_BYTES);
      expect(String(redirect?.status)).toBe("301");
      expect(String(notFound?.status)).toBe("404");
      expect(notFound?.text).toContain("Not Found");
      expect(resource?.uri).toMatch(/^urn:pageinfo:/);
      expect(metadata?.contentType).toBe("application/warc-fields");
    });
  }

  it("writes one gzip member per record, each decompressing on its own", async () => {
    const warc = await buildWarc(PAGES, { gzip: true });
    const starts = gzipMemberStarts(warc);
    expect(starts).toHaveLength(1 + PAGES.length * 2);
    const members = starts.map((start, i) => warc.slice(start, starts[i + 1] ?? warc.length));
    expect(new TextDecoder().decode(gunzipSync(members[0] as Uint8Array))).toContain("WARC-Type: warcinfo\r\n");
    for (const member of members) expect(new TextDecoder().decode(gunzipSync(member)).startsWith("WARC/1.1\r\n")).toBe(true);
  });

  it("is deterministic", async () => {
    const a = await buildWarc(PAGES, { gzip: false, extras: true });
    const b = await buildWarc(PAGES, { gzip: false, extras: true });
    expect(sha256(a)).toBe(sha256(b));
    expect(new TextDecoder().decode(a)).toContain("WARC-Payload-Digest: sha256:");
  });
});

describe("buildWacz", () => {
  const pagesList = PAGES.map((p, i) => ({ url: p.url, ts: p.date, title: `Page ${i + 1}` }));

  it("zips the WARC with pages.jsonl and a datapackage whose hashes match", async () => {
    const warc = await buildWarc(PAGES, { gzip: true, extras: true });
    const entries = unzipSync(buildWacz(warc, pagesList));
    expect(Object.keys(entries).sort()).toEqual([
      "archive/data.warc.gz",
      "datapackage-digest.json",
      "datapackage.json",
      "pages/pages.jsonl",
    ]);
    expect(entries["archive/data.warc.gz"]).toEqual(warc);

    const lines = new TextDecoder()
      .decode(entries["pages/pages.jsonl"])
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, string>);
    expect(lines[0]).toEqual({ format: "json-pages-1.0", id: "pages", title: "All Pages" });
    expect(lines.slice(1)).toEqual(pagesList);

    const datapackageBytes = entries["datapackage.json"] as Uint8Array;
    const datapackage = JSON.parse(new TextDecoder().decode(datapackageBytes)) as {
      profile: string;
      resources: { path: string; hash: string; bytes: number }[];
    };
    expect(datapackage.profile).toBe("data-package");
    const warcEntry = datapackage.resources.find((r) => r.path === "archive/data.warc.gz");
    expect(warcEntry).toEqual(expect.objectContaining({ hash: `sha256:${sha256(warc)}`, bytes: warc.length }));
    const pagesEntry = datapackage.resources.find((r) => r.path === "pages/pages.jsonl");
    expect(pagesEntry?.hash).toBe(`sha256:${sha256(entries["pages/pages.jsonl"] as Uint8Array)}`);

    const digest = JSON.parse(new TextDecoder().decode(entries["datapackage-digest.json"])) as { path: string; hash: string };
    expect(digest).toEqual({ path: "datapackage.json", hash: `sha256:${sha256(datapackageBytes)}` });
  });

  it("can leave out pages/pages.jsonl", async () => {
    const warc = await buildWarc(PAGES.slice(0, 1), { gzip: true });
    const entries = unzipSync(buildWacz(warc, pagesList.slice(0, 1), { withoutPages: true }));
    expect(Object.keys(entries).sort()).toEqual(["archive/data.warc.gz", "datapackage-digest.json", "datapackage.json"]);
  });
});

describe("damage helpers", () => {
  it("truncated() cuts inside a gzip member, so the last record cannot be read whole", async () => {
    const warc = await buildWarc(PAGES, { gzip: true });
    const cut = truncated(warc);
    const starts = gzipMemberStarts(warc);
    expect(cut.length).toBeLessThan(warc.length);
    expect(starts).not.toContain(cut.length);
    expect(cut).toEqual(warc.slice(0, cut.length));
    const last = cut.slice(gzipMemberStarts(cut).at(-1));
    expect(() => gunzipSync(last)).toThrow();
  });

  it("flipByte() inverts one byte of a copy", () => {
    const bytes = Uint8Array.from([1, 2, 3]);
    expect(flipByte(bytes, 1)).toEqual(Uint8Array.from([1, 0xfd, 3]));
    expect(flipByte(bytes, -1)).toEqual(Uint8Array.from([1, 2, 0xfc]));
    expect(bytes).toEqual(Uint8Array.from([1, 2, 3]));
    expect(() => flipByte(bytes, 3)).toThrow();
  });
});

describe("buildLargeWarc", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "dossier-captures-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("streams a gzipped WARC of distinct generated articles spread over 2020", async () => {
    const file = path.join(dir, "large.warc.gz");
    await buildLargeWarc(file, 40);
    expect(statSync(file).size).toBeGreaterThan(40 * 1000);
    const records = await readWarc(Uint8Array.from(readFileSync(file)));
    const responses = records.filter((r) => r.type === "response");
    expect(records[0]?.type).toBe("warcinfo");
    expect(responses).toHaveLength(40);
    expect(new Set(responses.map((r) => sha256(r.payload))).size).toBe(40);
    for (const r of responses) expect(r.payload.length).toBeGreaterThan(5500);
    const days = responses.map((r) => /article:published_time" content="(\d{4}-\d\d-\d\d)/.exec(r.text)?.[1]);
    expect(days[0]).toBe("2020-01-01");
    expect(days.at(-1)?.startsWith("2020-12")).toBe(true);
  });
});
