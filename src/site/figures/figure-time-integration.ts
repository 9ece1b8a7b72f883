import type { AstroIntegration } from "astro";
import { figureTime } from "./figure-time.ts";

/** Says at the end of a build how long drawing the figures took (the bench reads this line). */
export function figureTimeIntegration(): AstroIntegration {
  return {
    name: "dossier:figure-time",
    hooks: {
      "astro:build:done": ({ logger }) => {
        const { ms, count } = figureTime();
        logger.info(`figures: ${count} drawn in ${Math.round(ms)} ms`);
      },
    },
  };
}
