import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createStaticServer } from "../../src/tools/static-server.ts";
import { test, expect } from "../support/fixtures.ts";
import { showResultsUntil } from "../support/search-page.ts";
import { buildSite, createTempSite, type TempSite } from "../support/temp-site.ts";

const SHARD_ARTICLE = `---
title: Iran and Syria discuss a desalination plant for Latakia
summary: Officials of both countries discuss water projects on the Syrian coast.
published: 2019-03-14
dateline: damascus
publisher: tehran-times
source:
  sha256: ${"ab".repeat(32)}
people: [mohammad-bagheri]
places: [damascus, syria, iran]
---

DAMASCUS - Iranian and Syrian officials discussed building a desalination plant near Latakia, the ministry said.

The talks also covered power lines between the two countries. Baqeri, the chief of staff, attended.
`;

const sites: TempSite[] = [];
let root: string;
let origin: string;
let close: () => void;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const recent = createTempSite();
  const older = createTempSite();
  sites.push(recent, older);
  rmSync(older.file("content/articles"), { recursive: true });
  rmSync(older.file("content/events"), { recursive: true });
  mkdirSync(older.file("content/articles/2019"), { recursive: true });
  mkdirSync(older.file("content/events"));
  writeFileSync(older.file("content/articles/2019/iran-and-syria-discuss-a-desalination-plant.mdx"), SHARD_ARTICLE);
  for (const [site, base, sibling] of [
    [recent, "/2020/", "/2019/"],
    [older, "/2019/", "/2020/"],
  ] as const) {
    const { status, output } = buildSite(site, { BASE_PATH: base, SEARCH_SHARDS: sibling });
    expect(status, output.slice(-3000)).toBe(0);
  }
  root = mkdtempSync(path.join(tmpdir(), "dossier-shards-"));
  cpSync(recent.file("dist"), path.join(root, "2020"), { recursive: true });
  cpSync(older.file("dist"), path.join(root, "2019"), { recursive: true });
  const server = createStaticServer(root, "/");
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});

test.afterAll(() => {
  close?.();
  sites.forEach((site) => site.remove());
  if (root) rmSync(root, { recursive: true, force: true });
});

test("two shards built on their own are searched as one archive from either shard", async ({ page }) => {
  await page.goto(`${origin}/2020/search/?q=desalination`);
  const results = page.getByRole("list", { name: "Search results" });
  const olderArticle = results.getByRole("link", { name: "Iran and Syria discuss a desalination plant for Latakia" });
  await expect(olderArticle).toHaveAttribute("href", "/2019/articles/iran-and-syria-discuss-a-desalination-plant/");

  await page.goto(`${origin}/2019/search/?q=Takfiri`);
  await expect(results.getByRole("link", { name: /Syrian president says Tehran.Damascus military agreement/ })).toHaveAttribute(
    "href",
    "/2020/articles/syrian-president-says-tehran-damascus-military-agreement-is-result/",
  );

  // The older report writes “Baqeri”: its shard's names table leads a search for “Bagheri” from the other shard to it.
  await page.goto(`${origin}/2020/search/?q=Bagheri`);
  for (const name of [/desalination/, /Syrian president says/]) {
    await showResultsUntil(page, results.getByRole("link", { name }));
    await expect(results.getByRole("link", { name })).toBeVisible();
  }
  await results.getByRole("link", { name: /desalination/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Iran and Syria discuss a desalination plant for Latakia");
});
