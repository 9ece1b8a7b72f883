/** Time the build spent drawing figures, summed over every page. */
export interface FigureTime {
  ms: number;
  count: number;
}

// Pages are rendered from the build's bundle and the integration that reports the total is loaded from the source
// tree, so the two copies of this module share the sum through one global slot.
const SLOT = Symbol.for("dossier.figure-time");
const holder = globalThis as { [SLOT]?: FigureTime };

function sum(): FigureTime {
  return (holder[SLOT] ??= { ms: 0, count: 0 });
}

/** Draws a figure and adds the time it took to the build's sum. */
export function timed<T>(draw: () => T): T {
  const start = performance.now();
  try {
    return draw();
  } finally {
    const total = sum();
    total.ms += performance.now() - start;
    total.count += 1;
  }
}

/** The sum so far. */
export function figureTime(): FigureTime {
  return { ...sum() };
}
