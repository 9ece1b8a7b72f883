import path from "node:path";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import { defineConfig, globalIgnores } from "eslint/config";
import astro from "eslint-plugin-astro";
import { createNodeResolver, importX } from "eslint-plugin-import-x";
import globals from "globals";
import tseslint from "typescript-eslint";

const repoRoot = path.dirname(fileURLToPath(import.meta.url));

/** Everything that makes or builds the site; with the model (src/archive), none of it may reach into the ingest wing. */
const SITE_SIDE = ["src/site", "src/pages", "src/components", "src/layouts", "src/content.config.ts", "astro.config.mjs"];
const SITE_SIDE_FILES = ["src/site/**", "src/pages/**", "src/components/**", "src/layouts/**", "src/content.config.ts", "astro.config.mjs"];

/**
 * Folder zones: the resolver finds the file an import names, so `../ingest/x.ts` and `../../ingest/x.ts` are caught alike.
 * An import the resolver cannot find (a missing file, a root-relative `/src/…` path) or a type-position `import("…")` is not checked.
 */
const ZONES = [
  ...[...SITE_SIDE, "src/archive"].map((target) => ({
    target,
    from: "src/ingest",
    message: `${target} must not import the ingest wing (src/ingest); move the shared code into src/archive`,
  })),
  {
    target: "src/archive",
    from: "src/site",
    message: "src/archive must not import the site wing (src/site); move the code both need into src/archive",
  },
];

/**
 * A package off limits to a wing, with its subpaths: `no-restricted-imports` takes the static imports and exports,
 * `no-restricted-syntax` the dynamic `import()`s, which the former does not look at.
 */
function ban(what, regex, message) {
  // A slash would end the selector's regular expression, so it is written as \u002F there.
  const selector = `ImportExpression[source.value=/${regex.replaceAll("/", "\\u002F")}/]`;
  return { pattern: { regex, message }, dynamic: { selector, message: `A dynamic import of ${what} is restricted. ${message}` } };
}

const INGEST_PACKAGES = [
  ban(
    "chrono-node",
    "^chrono-node(/|$)",
    "Only the ingest wing (src/ingest) parses dates with chrono-node; move the code that needs it into src/ingest.",
  ),
  ban(
    "compromise",
    "^compromise(/|$)",
    "Only the ingest wing (src/ingest) finds names with compromise; move the code that needs it into src/ingest.",
  ),
];

const ASTRO_RUNTIME = ban(
  "the Astro runtime",
  "^astro(:|$|/(?!zod$))",
  "The model (src/archive) loads no Astro runtime, only astro/zod; move the code that needs it into src/site.",
);

/** The rules that keep `files` off the packages in `bans`. */
function packageBans(files, bans) {
  return {
    files,
    rules: {
      "no-restricted-imports": ["error", { patterns: bans.map((b) => b.pattern) }],
      "no-restricted-syntax": ["error", ...bans.map((b) => b.dynamic)],
    },
  };
}

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
    // Boundaries between the wings of the source tree; type-only imports count too, since they tie the wings together just the same.
    plugins: { "import-x": importX },
    settings: { "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".mjs", ".js", ".astro", ".json"] })] },
    rules: { "import-x/no-restricted-paths": ["error", { basePath: repoRoot, zones: ZONES }] },
  },
  packageBans(SITE_SIDE_FILES, INGEST_PACKAGES),
  packageBans(["src/archive/**"], [...INGEST_PACKAGES, ASTRO_RUNTIME]),
);
