import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { escapeMdxParagraph } from "../../ingest/mdx-escape.ts";

/**
 * Writes the benchmark's baseline: a bare Astro + MDX site with one plain page per article body and nothing
 * else, so that Dossier's build can be compared with what Astro itself costs for the same text.
 */
export function writeBaselineSite(root: string, bodies: readonly string[][], nodeModules: string): void {
  mkdirSync(path.join(root, "src/pages"), { recursive: true });
  symlinkSync(nodeModules, path.join(root, "node_modules"), "dir");
  writeFileSync(path.join(root, "package.json"), JSON.stringify({ name: "baseline", type: "module", private: true }));
  writeFileSync(
    path.join(root, "astro.config.mjs"),
    'import { defineConfig } from "astro/config";\nimport mdx from "@astrojs/mdx";\n' +
      // Its caches stay in its own folder, as Dossier's do, so a clean build of either starts from nothing.
      'export default defineConfig({ cacheDir: ".cache/astro", vite: { cacheDir: ".cache/vite" }, integrations: [mdx()] });\n',
  );
  bodies.forEach((paragraphs, i) => {
    writeFileSync(path.join(root, "src/pages", `${i + 1}.mdx`), `${paragraphs.map(escapeMdxParagraph).join("\n\n")}\n`);
  });
}
