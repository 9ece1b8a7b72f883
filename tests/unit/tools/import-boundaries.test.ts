import { fileURLToPath } from "node:url";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const eslint = new ESLint({ cwd: repoRoot });

/** The rules that keep the boundary: folder zones, static imports of banned packages, and dynamic `import()`s of them. */
const RULES = new Set(["import-x/no-restricted-paths", "no-restricted-imports", "no-restricted-syntax"]);
const ZONE = (specifier: string, message: string) => `Unexpected path "${specifier}" imported in restricted zone. ${message}`;
const INGEST_FROM = (wing: string, specifier: string) =>
  ZONE(specifier, `${wing} must not import the ingest wing (src/ingest); move the shared code into src/archive`);
const PACKAGE = (specifier: string, message: string) => `'${specifier}' import is restricted from being used by a pattern. ${message}`;

/** The boundary messages ESLint gives `code` as if it were the file at `filePath` (relative to the repository). */
async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  const fatal = result.messages.filter((message) => message.fatal);
  expect(fatal, `${filePath} should parse`).toEqual([]);
  return result.messages
    .filter((message) => message.ruleId !== null && RULES.has(message.ruleId) && message.severity === 2)
    .map((message) => message.message);
}

describe("the import boundary between the wings", () => {
  it("stops a site module importing the ingest wing by a relative path", async () => {
    expect(
      await boundaryErrors("src/site/probe.ts", 'import { normaliseName } from "../ingest/names/names.ts";\nnormaliseName;\n'),
    ).toEqual([INGEST_FROM("src/site", "../ingest/names/names.ts")]);
  });

  it("stops a nested site module importing the ingest wing two folders up, even for types only", async () => {
    expect(
      await boundaryErrors(
        "src/site/views/probe.ts",
        'import type { IngestResult } from "../../ingest/ingest-result.ts";\nexport type R = IngestResult;\n',
      ),
    ).toEqual([INGEST_FROM("src/site", "../../ingest/ingest-result.ts")]);
  });

  it("stops a component importing the ingest wing from its frontmatter", async () => {
    const component =
      '---\nimport { normaliseName } from "../ingest/names/names.ts";\nconst name = normaliseName("Bashar al-Assad");\n---\n<p>{name}</p>\n';
    expect(await boundaryErrors("src/components/Probe.astro", component)).toEqual([
      INGEST_FROM("src/components", "../ingest/names/names.ts"),
    ]);
  });

  it("stops the Astro config importing the ingest wing", async () => {
    expect(await boundaryErrors("astro.config.mjs", 'import "./src/ingest/cli.ts";\n')).toEqual([
      INGEST_FROM("astro.config.mjs", "./src/ingest/cli.ts"),
    ]);
  });

  it("stops the model importing chrono-node", async () => {
    expect(await boundaryErrors("src/archive/probe.ts", 'import * as chrono from "chrono-node";\nchrono;\n')).toEqual([
      PACKAGE(
        "chrono-node",
        "Only the ingest wing (src/ingest) parses dates with chrono-node; move the code that needs it into src/ingest.",
      ),
    ]);
  });

  it("stops a page loading compromise with a dynamic import", async () => {
    expect(await boundaryErrors("src/pages/probe.ts", 'export const nlp = await import("compromise");\n')).toEqual([
      "A dynamic import of compromise is restricted. Only the ingest wing (src/ingest) finds names with compromise; move the code that needs it into src/ingest.",
    ]);
  });

  it("stops the model importing the site wing", async () => {
    expect(
      await boundaryErrors("src/archive/schemas/probe.ts", 'import { getArchive } from "../../site/load-archive.ts";\ngetArchive;\n'),
    ).toEqual([
      ZONE("../../site/load-archive.ts", "src/archive must not import the site wing (src/site); move the code both need into src/archive"),
    ]);
  });

  it("stops the model importing the Astro runtime", async () => {
    expect(await boundaryErrors("src/archive/probe.ts", 'import { getCollection } from "astro:content";\ngetCollection;\n')).toEqual([
      PACKAGE(
        "astro:content",
        "The model (src/archive) loads no Astro runtime, only astro/zod; move the code that needs it into src/site.",
      ),
    ]);
  });

  it("lets the site import the model", async () => {
    expect(
      await boundaryErrors("src/site/probe.ts", 'import type { EventRecord } from "../archive/model.ts";\nexport type E = EventRecord;\n'),
    ).toEqual([]);
  });

  it("lets the model's schemas import zod from astro/zod", async () => {
    expect(await boundaryErrors("src/archive/schemas/probe.ts", 'import { z } from "astro/zod";\nexport const id = z.string();\n')).toEqual(
      [],
    );
  });

  it("lets the ingest wing import chrono-node", async () => {
    expect(await boundaryErrors("src/ingest/probe.ts", 'import * as chrono from "chrono-node";\nchrono;\n')).toEqual([]);
  });

  it("lets a site module import a file whose name merely starts with ingest", async () => {
    expect(await boundaryErrors("src/site/probe.ts", 'import { x } from "./ingest-notes.ts";\nx;\n')).toEqual([]);
  });
});
