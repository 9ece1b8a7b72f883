/**
 * Coordinates as the drawings write them: rounded to a tenth of a pixel, so that two builds of the same archive
 * write the same bytes and a figure's markup stays small. `-0` is written `0`.
 */
export function px(value: number): number {
  const rounded = Math.round(value * 10) / 10;
  return Object.is(rounded, -0) ? 0 : rounded;
}
