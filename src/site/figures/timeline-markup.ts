import { element, text, type Attributes } from "../markup.ts";
import type { DrawnText, TimelineDrawing } from "./timeline-figure.ts";

const words = ({ x, y, anchor, text: content }: DrawnText, attributes: Attributes = {}) =>
  element("text", { ...attributes, x, y, "text-anchor": anchor }, text(content));

/** A mark a reader can follow: a link when it has somewhere to go, a group otherwise, named and titled either way. */
const reachable = (href: string | undefined, className: string, label: string, ...children: string[]) =>
  element(href ? "a" : "g", { class: className, href, "aria-label": label }, element("title", {}, text(label)), ...children);

/** The markup inside the SVG of a drawn timeline (`TimelineFigure.astro`), styled by the classes it names. */
export function timelineMarkup(drawing: TimelineDrawing): string {
  const { axis } = drawing;
  const parts = [
    element(
      "g",
      { class: "axis" },
      element("line", { x1: axis.x1, x2: axis.x2, y1: axis.y, y2: axis.y }),
      ...axis.ticks.map((tick) =>
        element("g", {}, element("line", { x1: tick.x, x2: tick.x, y1: axis.y, y2: axis.y + 5 }), tick.label ? words(tick.label) : ""),
      ),
    ),
    ...drawing.notes.map((note) => words(note, { class: "note" })),
    ...drawing.bins.map((bin) =>
      reachable(bin.href, "bin", bin.label, element("rect", { x: bin.x, y: bin.y, width: bin.width, height: bin.height })),
    ),
    ...drawing.spans.map((span) =>
      reachable(
        span.href,
        span.planned ? "span planned" : "span",
        span.label,
        element("rect", { x: span.x, y: span.y, width: span.width, height: span.height, rx: 3 }),
        span.title ? words(span.title) : "",
      ),
    ),
    ...drawing.marks.map((mark) =>
      reachable(
        mark.href,
        mark.planned ? "mark planned" : "mark",
        mark.label,
        mark.points ? element("polygon", { points: mark.points }) : element("circle", { cx: mark.x, cy: mark.y, r: mark.r }),
        mark.text ? words(mark.text) : "",
      ),
    ),
    ...drawing.more.map((more) => reachable(more.href, "more", more.label, words(more))),
  ];
  if (drawing.legend.length > 0)
    parts.push(
      element(
        "g",
        { class: "legend", "aria-hidden": "true" },
        ...drawing.legend.map((entry) =>
          element(
            "g",
            { class: entry.planned ? "mark planned" : "mark" },
            entry.points ? element("polygon", { points: entry.points }) : element("circle", { cx: entry.x, cy: entry.y, r: entry.r }),
            words(entry.text),
          ),
        ),
      ),
    );
  return element("g", { class: "timeline-drawing" }, ...parts);
}
