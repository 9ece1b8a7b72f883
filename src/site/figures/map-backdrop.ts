import { createHash } from "node:crypto";
import type { MapDrawing } from "./map-figure.ts";
import { element } from "../markup.ts";

/** The parts of a map every page showing it shares and no reader clicks: the globe's outline, the land, the borders. */
export type BackdropPart = "sphere" | "land" | "borders";

/** A map's backdrop as a file of its own: its name (a digest of what it draws) and its SVG. */
export interface Backdrop {
  name: string;
  svg: string;
  parts: BackdropPart[];
}

/**
 * The backdrop of a map, to be written once as `/figures/<name>.svg` and drawn on each page with `<use>`: the same
 * locator stands on every event page of a place and on many reports, and its coastlines are most of its bytes.
 * The paths carry no colour, so they take the page's (light, dark, print) from the `<use>` that draws them.
 */
export function mapBackdrop(drawing: MapDrawing): Backdrop {
  let backdrop = backdrops.get(drawing);
  if (!backdrop) backdrops.set(drawing, (backdrop = backdropOf(drawing)));
  return backdrop;
}

// A drawing is made once per build and shared by its pages (figure-views.ts), so its digest is taken once too.
const backdrops = new WeakMap<MapDrawing, Backdrop>();

function backdropOf(drawing: MapDrawing): Backdrop {
  const drawn = (["sphere", "land", "borders"] as const).flatMap((part) => (drawing[part] ? [[part, drawing[part]] as const] : []));
  const svg = element(
    "svg",
    { xmlns: "http://www.w3.org/2000/svg", viewBox: `0 0 ${drawing.width} ${drawing.height}` },
    ...drawn.map(([part, d]) => element("path", { id: part, d })),
  );
  return { name: `map-${createHash("sha256").update(svg).digest("hex").slice(0, 16)}`, svg, parts: drawn.map(([part]) => part) };
}
