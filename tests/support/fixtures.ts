import { test as base, expect } from "@playwright/test";

/** Where the build under test is deployed: each Playwright project sets these (playwright.config.ts). */
export interface DeploymentOptions {
  /** The folder the site is served from, as BASE_PATH gave it to the build: "/" or "/archive/". */
  basePath: string;
  /** The origin the build was told it lives at (SITE_URL): canonical and feed addresses start with it. */
  siteUrl: string;
}

/** The deployment a test runs against, so the same test checks the site at the root and under a sub-path. */
export interface Site {
  base: string;
  /** A path of the site ("/articles/x/") under the deployment's base ("/archive/articles/x/"). */
  path(sitePath: string): string;
  /** The absolute address the build gives a path of the site ("https://archive.example.org/archive/articles/x/"). */
  url(sitePath: string): string;
}

declare global {
  interface Window {
    __cspViolations?: string[];
    __reportCspViolation?: (violation: string) => void;
  }
}

/**
 * Every browser test fails if the page logs a console error or throws, or if the Content-Security-Policy
 * blocks anything: a reader would see a broken page.
 */
export const test = base.extend<{ consoleErrors: string[]; cspViolations: string[] }, DeploymentOptions & { site: Site }>({
  basePath: ["/", { option: true, scope: "worker" }],
  siteUrl: ["http://localhost:4321", { option: true, scope: "worker" }],
  site: [
    async ({ basePath, siteUrl }, use) => {
      const path = (sitePath: string) => `${basePath}${sitePath.replace(/^\//, "")}`;
      await use({ base: basePath, path, url: (sitePath) => new URL(path(sitePath), siteUrl).href });
    },
    { scope: "worker" },
  ],
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
      });
      page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
      await use(errors);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ page }, use) => {
      const violations: string[] = [];
      // Each violation is reported to the test as it happens, so none is lost when the page navigates away.
      await page.exposeBinding("__reportCspViolation", (_source, violation: string) => violations.push(violation));
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener("securitypolicyviolation", (event) => {
          const violation = `${document.location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI || "inline code"} (${event.sourceFile}:${event.lineNumber})`;
          window.__cspViolations!.push(violation);
          window.__reportCspViolation?.(violation);
        });
      });
      await use(violations);
      const onPage = await page.evaluate(() => window.__cspViolations ?? []).catch(() => []);
      expect([...new Set([...violations, ...onPage])], "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
