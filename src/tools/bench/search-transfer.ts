import type { AddressInfo } from "node:net";
import { chromium, type Page } from "@playwright/test";
import { createStaticServer } from "../static-server.ts";
import { CHROMIUM_ARGS, findChromium } from "../../../tests/support/chromium.ts";

export interface SearchTransfer {
  firstKb: number;
  nextKb: number;
}

async function bytesDuring(page: Page, action: () => Promise<void>): Promise<number> {
  const sizes: Promise<number>[] = [];
  const onFinished = (request: import("@playwright/test").Request) => {
    sizes.push(request.sizes().then((s) => s.responseBodySize + s.responseHeadersSize));
  };
  page.on("requestfinished", onFinished);
  await action();
  await page.waitForLoadState("networkidle");
  page.off("requestfinished", onFinished);
  return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
}

/**
 * Bytes a reader's browser downloads for a first search on the search page (Pagefind's library, wasm and index
 * chunks included) and for a second, different search, served compressed as a static host would.
 */
export async function measureSearchTransfer(distDir: string, queries: [string, string]): Promise<SearchTransfer> {
  const server = createStaticServer(distDir, "/");
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}/search/`, { waitUntil: "networkidle" });
    const box = page.getByRole("searchbox", { name: "Search the archive" }).last();
    const search = (query: string) => async () => {
      await box.fill(query);
      await page
        .getByRole("status")
        .filter({ hasText: `for “${query}”` })
        .waitFor();
    };
    const first = await bytesDuring(page, search(queries[0]));
    const next = await bytesDuring(page, search(queries[1]));
    return { firstKb: first / 1024, nextKb: next / 1024 };
  } finally {
    await browser.close();
    server.close();
  }
}
