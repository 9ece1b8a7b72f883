import { satteri } from "@astrojs/markdown-satteri";
import type { Features } from "satteri";
import { paragraphAnchors } from "./paragraph-anchors.ts";
import { bidiControlsShown } from "./bidi-controls-shown.ts";

/** The Markdown features articles render with, as Markdown and as MDX alike. Smart punctuation is off: report text keeps its own quotes and dashes. */
export const MARKDOWN_FEATURES: Features = { gfm: true, smartPunctuation: false };

/**
 * The site's one Markdown setup (astro.config.mjs `markdown`): Sätteri with numbered paragraph anchors,
 * bidirectional controls shown inert, and no syntax highlighting. Article pages that render a body as Markdown themselves use the same one.
 */
export const MARKDOWN_CONFIG = {
  syntaxHighlight: false,
  processor: satteri({ hastPlugins: [paragraphAnchors, bidiControlsShown], features: MARKDOWN_FEATURES }),
} as const;
