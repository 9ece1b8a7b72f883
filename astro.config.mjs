// @ts-check
import { defineConfig } from "astro/config";
import mdx from "@astrojs/mdx";
import { satteri } from "@astrojs/markdown-satteri";
import { pagefindIntegration } from "./src/integrations/pagefind.ts";
import { paragraphAnchors } from "./src/lib/paragraph-anchors.ts";
import { siteConfig } from "./src/lib/site-config.ts";

const { site, base } = siteConfig(process.env);

export default defineConfig({
  site,
  base,
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  // Caches live in the project, not in a shared node_modules, so several copies of the site can build at once.
  cacheDir: ".cache/astro",
  vite: { cacheDir: ".cache/vite" },
  markdown: { processor: satteri({ hastPlugins: [paragraphAnchors], features: { smartPunctuation: false } }) },
  integrations: [mdx(), pagefindIntegration()],
  devToolbar: { enabled: false },
});
