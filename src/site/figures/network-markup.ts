import type { NetworkDrawing, NetworkShape } from "./network-figure.ts";
import { element, text } from "../markup.ts";

function shapeMarkup(shape: NetworkShape): string {
  if (shape.tag === "circle") return element("circle", { cx: shape.cx, cy: shape.cy, r: shape.r });
  if (shape.tag === "rect") return element("rect", { x: shape.x, y: shape.y, width: shape.size, height: shape.size });
  return element("polygon", { points: shape.points });
}

/** The markup inside the SVG of a network (`NetworkFigure.astro`), styled by the classes it names. */
export function networkMarkup(drawing: NetworkDrawing): string {
  return element(
    "g",
    { class: "network-drawing" },
    element(
      "g",
      { class: "ties" },
      ...drawing.edges.map((edge) =>
        element(
          "line",
          { x1: edge.x1, y1: edge.y1, x2: edge.x2, y2: edge.y2, "stroke-width": edge.strokeWidth },
          element("title", {}, text(edge.title)),
        ),
      ),
    ),
    ...drawing.nodes.map((node) =>
      element(
        "a",
        { href: node.href, "aria-label": node.ariaLabel, class: node.focus ? "entity focus" : "entity" },
        shapeMarkup(node.shape),
        element("text", { class: "label", x: node.label.x, y: node.label.y, "text-anchor": node.label.anchor }, text(node.label.text)),
      ),
    ),
    element(
      "g",
      { class: "legend", "aria-hidden": "true" },
      ...drawing.legend.map(({ shape, label }) =>
        element("g", {}, shapeMarkup(shape), element("text", { x: label.x, y: label.y }, text(label.text))),
      ),
    ),
  );
}
