import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium } from "./tests/support/chromium.ts";
import type { DeploymentOptions } from "./tests/support/fixtures.ts";

const PORT = Number(process.env.TEST_PORT ?? 4391);
const ARCHIVE_PORT = PORT + 1;
const MULTILINGUAL_PORT = PORT + 2;

/**
 * The browser tests run twice: against `dist/`, built for the root of a host, and against `dist-archive/`, built
 * with SITE_URL=https://archive.example.org BASE_PATH=/archive/ (see `test:e2e` in package.json) and served under
 * /archive/, as a static host would. A third build, `dist-fixtures/`, adds the Arabic and Persian reports of
 * tests/fixtures/graph/multilingual and a web capture of saved pages (tests/support/fixture-archive.ts); the
 * right-to-left and capture tests and the every-page checks run against it. The drawings are compared with their reference
 * images on the root build only (the same figures under another base would need the same images twice). Each build is
 * served by the project's own static server.
 */
export default defineConfig<DeploymentOptions>({
  testDir: "tests/e2e",
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  workers: 2,
  reporter: [["list"]],
  use: {
    browserName: "chromium",
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: "root",
      testIgnore: /(?:multilingual|captures)\.spec\.ts/,
      use: {
        baseURL: `http://127.0.0.1:${PORT}/`,
        basePath: "/",
        siteUrl: process.env.SITE_URL?.replace(/\/+$/, "") || "http://localhost:4321",
      },
    },
    {
      name: "archive",
      // The shards test builds and serves its own sites under their own paths.
      testIgnore: /(?:shards|multilingual|captures|figures)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${ARCHIVE_PORT}/archive/`, basePath: "/archive/", siteUrl: "https://archive.example.org" },
    },
    {
      name: "fixtures",
      testMatch: /(?:multilingual|captures|every-page)\.spec\.ts/,
      use: { baseURL: `http://127.0.0.1:${MULTILINGUAL_PORT}/`, basePath: "/", siteUrl: "http://localhost:4321" },
    },
  ],
  webServer: [
    {
      command: `BASE_PATH=/ node src/tools/serve.ts --dir dist --port ${PORT}`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `BASE_PATH=/archive/ node src/tools/serve.ts --dir dist-archive --port ${ARCHIVE_PORT}`,
      url: `http://127.0.0.1:${ARCHIVE_PORT}/archive/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `BASE_PATH=/ node src/tools/serve.ts --dir dist-fixtures --port ${MULTILINGUAL_PORT}`,
      url: `http://127.0.0.1:${MULTILINGUAL_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
