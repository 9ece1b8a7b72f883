import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { test, expect } from "../support/fixtures.ts";
import { splitMdx } from "../support/ingest.ts";
import { REPO_ROOT } from "../support/temp-site.ts";

// The fixture build holds a WARC capture of saved pages (tests/support/fixture-archive.ts), ingested with its
// original kept. Which reports came from it is read from their files, as written.
const ARTICLES = path.join(REPO_ROOT, ".cache/fixture-archive/content/articles/2020");
const captured = readdirSync(ARTICLES)
  .map((file) => ({ id: file.replace(/\.mdx$/, ""), data: parse(splitMdx(readFileSync(path.join(ARTICLES, file), "utf8")).frontmatter) }))
  .filter(({ data }) => data.source?.capture) as {
  id: string;
  data: {
    title: string;
    source: {
      url: string;
      sha256: string;
      capture: { uri: string; recordId: string; tool: string };
      original: { file: string; sha256: string };
    };
  };
}[];

test("the fixture archive holds reports taken from a web capture", () => {
  expect(captured.length).toBeGreaterThanOrEqual(3);
});

test("a captured report's source record gives the capture and a stored original that downloads byte for byte", async ({
  page,
  site,
  request,
}) => {
  const { id, data } = captured[0]!;
  await page.goto(site.path(`/articles/${id}/`));
  const record = page.locator("#source");
  await expect(record.getByRole("heading", { name: "Source record" })).toBeVisible();
  await expect(record).toContainText(data.source.capture.uri);
  await expect(record).toContainText(data.source.capture.recordId);
  await expect(record).toContainText(data.source.capture.tool);
  await expect(record).toContainText(data.source.original.sha256);
  await expect(record).toContainText(data.source.sha256);
  await expect(record.getByRole("link", { name: data.source.url })).toHaveAttribute("href", data.source.url);

  const link = record.getByRole("link", { name: /the WARC capture this report was taken from/ });
  const href = await link.getAttribute("href");
  expect(href).toBe(site.path(`/${data.source.original.file}`));
  const response = await request.get(href!);
  expect(response.status()).toBe(200);
  expect(
    createHash("sha256")
      .update(await response.body())
      .digest("hex"),
  ).toBe(data.source.original.sha256);
});

test("/data/provenance.json gives every captured report's chain", async ({ request, site }) => {
  const response = await request.get(site.path("/data/provenance.json"));
  expect(response.status()).toBe(200);
  const provenance = (await response.json()) as {
    version: number;
    reports: { article: string; sha256: string; capture?: unknown; original?: { href: string } }[];
  };
  for (const { id, data } of captured) {
    const entry = provenance.reports.find((report) => report.article === id);
    expect(entry, id).toMatchObject({
      sha256: data.source.sha256,
      capture: data.source.capture,
      original: { sha256: data.source.original.sha256 },
    });
  }
});
