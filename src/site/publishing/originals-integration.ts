import type { AstroIntegration } from "astro";
import { cpSync, existsSync, readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import path from "node:path";

/**
 * Publishes the stored originals (`<content>/originals/<sha256>.<ext>`, the exact bytes a report was taken from)
 * at `/originals/`, so the site serves the very capture it was built from and a reader can check its hashes.
 */
export function originalsIntegration(contentDir: string): AstroIntegration {
  return {
    name: "dossier:originals",
    hooks: {
      "astro:build:done": ({ dir, logger }) => {
        const from = path.resolve(contentDir, "originals");
        if (!existsSync(from)) return;
        const files = readdirSync(from).filter((name) => /^[0-9a-f]{64}\.[a-z0-9.]+$/.test(name));
        for (const name of files) cpSync(path.join(from, name), path.join(fileURLToPath(dir), "originals", name));
        logger.info(`published ${files.length} stored original${files.length === 1 ? "" : "s"} at /originals/`);
      },
    },
  };
}
