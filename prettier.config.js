// Fitted to the code as it was written before Prettier ran: 140 columns changes the fewest lines
// (130 and 150 each change more), and double quotes, semicolons, trailing commas and parenthesised
// arrow parameters are what the code already uses.
/** @type {import("prettier").Config} */
export default {
  printWidth: 140,
  semi: true,
  singleQuote: false,
  trailingComma: "all",
  arrowParens: "always",
  // Astro's own whitespace rule (astro.config.mjs leaves compressHTML at its default), so formatting never changes a page.
  astroCompressHTML: "jsx",
  plugins: ["prettier-plugin-astro"],
};
