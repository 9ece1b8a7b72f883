import path from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import astro from "eslint-plugin-astro";
import globals from "globals";
import tseslint from "typescript-eslint";
import { importBoundaries } from "./src/tools/lint/import-boundaries.ts";

const repoRoot = path.dirname(fileURLToPath(import.meta.url));

const INGEST_WING = [
  { directory: "src/ingest", what: "the ingest wing (src/ingest)", fix: "move the shared code into src/archive" },
  {
    module: "chrono-node",
    why: "only the ingest wing (src/ingest) parses dates with it",
    fix: "move the code that needs it into src/ingest",
  },
  {
    module: "compromise",
    why: "only the ingest wing (src/ingest) finds names with it",
    fix: "move the code that needs it into src/ingest",
  },
];

const SITE_AND_ASTRO = [
  { directory: "src/site", what: "the site wing (src/site)", fix: "move the code both need into src/archive" },
  ...["astro", "astro:"].map((module) => ({
    module,
    except: ["astro/zod"],
    why: "the model loads no Astro runtime (only astro/zod is allowed)",
    fix: "move the code that needs it into src/site",
  })),
];

export default defineConfig(
  globalIgnores([
    "node_modules/",
    "dist*/",
    ".astro/",
    ".cache/",
    ".tmp/",
    "content/",
    "tests/fixtures/",
    "test-results/",
    "playwright-report/",
  ]),
  js.configs.recommended,
  tseslint.configs.recommended,
  astro.configs.recommended,
  {
    // Config files, tools and the build run on Node (astro.config.mjs reads process.env).
    languageOptions: { globals: globals.node },
  },
  {
    // Each flags one line in src/ingest (cli.ts, dates/tense.ts) that its owners will fix; errors again after that.
    rules: { "no-useless-assignment": "warn", "no-useless-escape": "warn" },
  },
  {
    plugins: { dossier: { rules: { "import-boundaries": importBoundaries } } },
  },
  {
    files: ["src/site/**", "src/pages/**", "src/components/**", "src/layouts/**", "src/content.config.ts", "astro.config.mjs"],
    rules: { "dossier/import-boundaries": ["error", { repoRoot, forbidden: INGEST_WING }] },
  },
  {
    files: ["src/archive/**"],
    rules: { "dossier/import-boundaries": ["error", { repoRoot, forbidden: [...INGEST_WING, ...SITE_AND_ASTRO] }] },
  },
);
