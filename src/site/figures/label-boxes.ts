/** A label's or a mark's box on a drawing: left, top, right and bottom, in pixels. */
export type Box = [x0: number, y0: number, x1: number, y1: number];

/** The area two boxes share: 0 when they do not touch. Label placers try the spot that overlaps least. */
export function overlap(a: Box, b: Box): number {
  const width = Math.min(a[2], b[2]) - Math.max(a[0], b[0]);
  const height = Math.min(a[3], b[3]) - Math.max(a[1], b[1]);
  return width > 0 && height > 0 ? width * height : 0;
}
