import { mapBackdrop } from "./map-backdrop.ts";
import type { MapDrawing } from "./map-figure.ts";
import { element, text } from "../markup.ts";

/**
 * The markup inside the SVG of a map (`PlaceMap.astro`), styled by the classes it names. The backdrop (land,
 * borders, the globe) is drawn from its shared file at `backdropHref` (`mapBackdrop`); what a reader follows
 * (named countries, places, labels) is written here.
 */
export function mapMarkup(drawing: MapDrawing, backdropHref: string): string {
  const { parts } = mapBackdrop(drawing);
  const titled = (href: string, label: string, className: string | undefined, ...children: string[]) =>
    element("a", { href, "aria-label": label, class: className }, element("title", {}, text(label)), ...children);
  return element(
    "g",
    { class: "map-drawing" },
    element("rect", { class: "water", width: drawing.width, height: drawing.height }),
    ...parts.map((part) => element("use", { class: part, href: `${backdropHref}#${part}` })),
    ...drawing.outlines.map((outline) => titled(outline.href, outline.label, undefined, element("path", { class: "named", d: outline.d }))),
    ...drawing.points.map((point) =>
      titled(
        point.href,
        point.label,
        `place ${point.role}`,
        point.ring !== undefined ? element("circle", { class: "ring", cx: point.x, cy: point.y, r: point.ring }) : "",
        element("circle", { class: "point", cx: point.x, cy: point.y, r: point.r }),
      ),
    ),
    element(
      "g",
      { class: "labels", "aria-hidden": "true" },
      ...drawing.labels.map((label) =>
        element("text", { class: "label", x: label.x, y: label.y, "text-anchor": label.anchor }, text(label.text)),
      ),
    ),
  );
}
