import { test, expect } from "../support/fixtures.ts";

declare global {
  interface Window {
    __layoutShift?: number;
  }
}

for (const viewport of [
  { name: "a desktop", width: 1350, height: 940 },
  { name: "a phone", width: 412, height: 823 },
]) {
  test(`on ${viewport.name} screen, nothing on the search page moves while its results load`, async ({ page, site }) => {
    await page.setViewportSize(viewport);
    // Sums every layout shift from the first paint on, as Lighthouse's cumulative layout shift does.
    await page.addInitScript(() => {
      window.__layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) window.__layoutShift! += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto(site.path("/search/?q=Bagheri"));
    await expect(page.getByRole("status")).toHaveText(/^\d+ results? for “Bagheri”/);
    await expect(page.getByRole("list", { name: "Search results" }).getByRole("listitem").first()).toBeVisible();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__layoutShift)).toBeLessThan(0.01);
  });
}
