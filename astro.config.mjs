// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import sitemap from "@astrojs/sitemap";
import { pagefindIntegration } from "./src/site/search/pagefind-integration.ts";
import { contentLockIntegration } from "./src/site/content-lock-integration.ts";
import { originalsIntegration } from "./src/site/publishing/originals-integration.ts";
import { figureTimeIntegration } from "./src/site/figures/figure-time-integration.ts";
import { MARKDOWN_CONFIG } from "./src/site/body/markdown-processor.ts";
import { siteConfig } from "./src/site/site-config.ts";

const { site, base, contentDir, lockTimeoutS } = siteConfig(process.env);
// Astro keeps the content it loaded in its cache: another content folder gets a cache of its own.
const cacheFor = contentDir === "content" ? "" : `-${contentDir.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "")}`;

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  // Four pages render at once, so one page's file writes overlap another's rendering.
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  // Caches live in the project, not in a shared node_modules, so several copies of the site can build at once.
  cacheDir: `.cache/astro${cacheFor}`,
  vite: {
    cacheDir: `.cache/vite${cacheFor}`,
    build: {
      rollupOptions: {
        // Every MDX article carries Astro's "use astro:head-inject" directive; the bundler's note about it is noise.
        onwarn(warning, warn) {
          if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
        },
      },
    },
  },
  markdown: MARKDOWN_CONFIG,
  integrations: [
    contentLockIntegration(contentDir, lockTimeoutS),
    mdx(),
    sitemap(),
    originalsIntegration(contentDir),
    pagefindIntegration(),
    figureTimeIntegration(),
  ],
  devToolbar: { enabled: false },
});
