import type { Features } from "satteri";

/**
 * The Markdown features the site's processor renders with (astro.config.mjs), as Markdown and as MDX alike.
 * Smart punctuation is off: report text keeps its own quotes and dashes.
 */
export const MARKDOWN_FEATURES: Features = { gfm: true, smartPunctuation: false };
