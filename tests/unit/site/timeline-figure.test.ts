import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { drawTimeline, type TimelineDrawing } from "../../../src/site/figures/timeline-figure.ts";
import { labelExtent, TICK_LABEL_GAP } from "../../../src/site/figures/timeline-axis.ts";
import { MAX_BINS } from "../../../src/site/figures/timeline-density.ts";
import { buildTimeline, type TimelineEvent } from "../../../src/site/timeline/build-timeline.ts";

const visit: TimelineEvent[] = [
  { id: "visit", title: "Iran's military delegation visits Damascus", start: "2020-07-07", end: "2020-07-09", href: "/events/visit/" },
  { id: "arrival", title: "Bagheri arrives", start: "2020-07-07", end: "2020-07-07", parent: "visit", href: "/events/arrival/" },
  { id: "signing", title: "Agreement signed", start: "2020-07-08", end: "2020-07-08", parent: "visit", href: "/events/signing/" },
  { id: "meeting", title: "Assad meets Bagheri", start: "2020-07-09", end: "2020-07-09", parent: "visit", href: "/events/meeting/" },
];

function day(index: number, from = "2015-01-01"): string {
  return new Date(Date.parse(`${from}T00:00:00Z`) + index * 86_400_000).toISOString().slice(0, 10);
}

function oneDayEvents(count: number, days: number): TimelineEvent[] {
  return Array.from({ length: count }, (_, i) => {
    const d = day((i * 7919) % days);
    return { id: `e${i}`, title: `Event ${i}`, start: d, end: d, href: `/events/e${i}/` };
  });
}

/** The markup TimelineFigure writes, near enough to measure its size. */
function serialise(drawing: TimelineDrawing): string {
  const link = (href: string | undefined, label: string, inner: string) =>
    `<${href ? `a href="${href}"` : "g"} aria-label="${label}"><title>${label}</title>${inner}</${href ? "a" : "g"}>`;
  return [
    ...drawing.axis.ticks.map(
      (t) => `<line x1="${t.x}" x2="${t.x}" y1="1" y2="2"/>${t.label ? `<text x="${t.label.x}">${t.label.text}</text>` : ""}`,
    ),
    ...drawing.bins.map((b) => link(b.href, b.label, `<rect x="${b.x}" y="${b.y}" width="${b.width}" height="${b.height}"/>`)),
    ...drawing.marks.map((m) => link(m.href, m.label, `<circle cx="${m.x}" cy="${m.y}" r="${m.r}"/>`)),
    ...drawing.spans.map((s) => link(s.href, s.label, `<rect x="${s.x}" y="${s.y}" width="${s.width}" height="${s.height}"/>`)),
  ].join("");
}

function ticksApart(drawing: TimelineDrawing) {
  const labels = drawing.axis.ticks.flatMap((tick) => (tick.label ? [labelExtent(tick.label)] : []));
  for (let i = 1; i < labels.length; i++) expect(labels[i]![0]).toBeGreaterThanOrEqual(labels[i - 1]![1] + TICK_LABEL_GAP);
  return labels;
}

describe("drawTimeline", () => {
  it("draws nothing when there is nothing to draw", () => {
    expect(drawTimeline({ nodes: [] })).toBeUndefined();
  });

  it("draws a three-day visit as one bar holding its three days in order, each linked", () => {
    const drawing = drawTimeline({ nodes: buildTimeline(visit) })!;
    expect(drawing.mode).toBe("events");
    expect(drawing.spans).toHaveLength(1);
    const [bar] = drawing.spans;
    expect(bar!.href).toBe("/events/visit/");
    expect(bar!.title?.text).toBe("Iran's military delegation visits Damascus");
    expect(bar!.label).toBe("Iran's military delegation visits Damascus, 7–9 July 2020");
    expect(drawing.marks.map((m) => m.id)).toEqual(["arrival", "signing", "meeting"]);
    expect(drawing.marks.map((m) => m.href)).toEqual(["/events/arrival/", "/events/signing/", "/events/meeting/"]);
    expect(drawing.marks[1]!.label).toBe("Agreement signed, 8 July 2020");
    const xs = drawing.marks.map((m) => m.x);
    expect(xs[1]! - xs[0]!).toBeGreaterThanOrEqual(48);
    expect(xs[2]! - xs[1]!).toBeCloseTo(xs[1]! - xs[0]!, 0);
    for (const mark of drawing.marks) {
      expect(mark.x - mark.r).toBeGreaterThanOrEqual(bar!.x);
      expect(mark.x + mark.r).toBeLessThanOrEqual(bar!.x + bar!.width);
      expect(mark.y - mark.r).toBeGreaterThanOrEqual(bar!.y);
      expect(mark.y + mark.r).toBeLessThanOrEqual(bar!.y + bar!.height);
      expect(mark.r).toBeGreaterThanOrEqual(5);
      expect(mark.planned).toBe(false);
    }
    // The bar covers the three days: each a third of it.
    expect(bar!.width).toBeCloseTo((xs[1]! - xs[0]!) * 3, 0);
    expect(drawing.width).toBeGreaterThanOrEqual(600);
    expect(drawing.width).toBeLessThanOrEqual(720);
    expect(drawing.height).toBeGreaterThan(bar!.y + bar!.height);
    expect(drawing.description).toBe(
      "4 events from 7 July 2020 to 9 July 2020: Iran's military delegation visits Damascus (7–9 July 2020), holding 3 events.",
    );
    expect(drawing.legend).toEqual([]);
    expect(ticksApart(drawing)).toHaveLength(3);
  });

  it("draws a planned event hollow and says it is planned, with a legend", () => {
    const planned = { id: "return", title: "Return visit", start: "2020-07-12", end: "2020-07-12", href: "/events/return/" };
    const drawing = drawTimeline({ nodes: buildTimeline(visit), planned: [planned] })!;
    const mark = drawing.marks.find((m) => m.id === "return")!;
    expect(mark.planned).toBe(true);
    expect(mark.points).toMatch(/^[\d.]+,[\d.]+( [\d.]+,[\d.]+){3}$/);
    expect(mark.label).toBe("Return visit (planned), 12 July 2020");
    expect(mark.href).toBe("/events/return/");
    for (const done of drawing.marks.filter((m) => m.id !== "return")) {
      expect(done.planned).toBe(false);
      expect(done.points).toBeUndefined();
      expect(done.label).not.toContain("planned");
    }
    expect(drawing.legend.map((entry) => [entry.text.text, entry.planned])).toEqual([
      ["happened", false],
      ["planned", true],
    ]);
    expect(drawing.description).toContain("1 planned event: Return visit (12 July 2020)");
  });

  it("stacks events of one day, and shows the rest of a crowded day as +N", () => {
    const events = Array.from({ length: 7 }, (_, i) => ({ id: `e${i}`, title: `E${i}`, start: "2020-07-08", end: "2020-07-08" }));
    const two = drawTimeline({ nodes: buildTimeline(events.slice(0, 2)) })!;
    expect(two.marks).toHaveLength(2);
    expect(two.marks[0]!.x).toBe(two.marks[1]!.x);
    expect(two.marks[0]!.y - two.marks[1]!.y).toBeGreaterThanOrEqual(2 * two.marks[0]!.r);
    const seven = drawTimeline({ nodes: buildTimeline(events), dayHref: (d) => `#day-${d}` })!;
    expect(seven.marks).toHaveLength(3);
    expect(seven.more).toHaveLength(1);
    expect(seven.more[0]).toMatchObject({ text: "+4", href: "#day-2020-07-08", label: "4 more events on 8 July 2020" });
    expect(seven.more[0]!.y).toBeLessThan(Math.min(...seven.marks.map((m) => m.y)));
  });

  it("counts events per period above the threshold, linking each bar by dayHref", () => {
    const events = oneDayEvents(61, 30);
    const drawing = drawTimeline({ nodes: buildTimeline(events), dayHref: (d) => (d === "2015-01-01" ? undefined : `#day-${d}`) })!;
    expect(drawing.mode).toBe("density");
    expect(drawing.marks).toEqual([]);
    expect(drawing.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(61);
    const first = drawing.bins[0]!;
    expect(first.start).toBe("2015-01-01");
    expect(first.href).toBeUndefined();
    expect(drawing.bins[1]!.href).toBe(`#day-${drawing.bins[1]!.start}`);
    expect(drawing.bins[1]!.label).toMatch(/^\d+ events? on \d+ January 2015$/);
    const xs = drawing.bins.map((b) => b.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(drawTimeline({ nodes: buildTimeline(oneDayEvents(60, 30)) })!.mode).toBe("events");
  });

  it("keeps 5,000 events over ten years small: few bars, at least 2 px wide, under 15 KB gzipped", () => {
    const drawing = drawTimeline({ nodes: buildTimeline(oneDayEvents(5000, 3650)), dayHref: (d) => `/timeline/${d.slice(0, 7)}/` })!;
    expect(drawing.bins.length).toBeLessThanOrEqual(MAX_BINS);
    expect(drawing.bins.length).toBeGreaterThan(50);
    for (const bin of drawing.bins) expect(bin.width + 1).toBeGreaterThanOrEqual(2);
    expect(drawing.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(5000);
    expect(drawing.bins[0]!.label).toMatch(/ in January 2015$/);
    expect(drawing.width).toBeLessThanOrEqual(1200);
    expect(gzipSync(serialise(drawing)).length).toBeLessThan(15_000);
    expect(drawing.description).toMatch(
      /^5,000 events from 1 January 2015 to .+, counted per month\. The busiest month, .+, holds \d+ events\.$/,
    );
    ticksApart(drawing);
  });

  it("labels weeks in the week of their Monday", () => {
    const drawing = drawTimeline({ nodes: buildTimeline(oneDayEvents(200, 500)) })!;
    expect(drawing.bins[0]!.label).toMatch(/ in the week of 29 December 2014$/);
  });

  it("gives the same drawing twice", () => {
    const input = { nodes: buildTimeline(oneDayEvents(300, 900)), planned: oneDayEvents(3, 10) };
    expect(drawTimeline(input)).toEqual(drawTimeline(input));
    expect(JSON.stringify(drawTimeline({ nodes: buildTimeline(visit) }))).toBe(
      JSON.stringify(drawTimeline({ nodes: buildTimeline(visit) })),
    );
  });

  it("keeps tick labels apart at every range", () => {
    for (const days of [1, 3, 10, 25, 60, 200, 800, 3000, 12000]) {
      const drawing = drawTimeline({ nodes: buildTimeline([{ id: "s", title: "Span", start: day(0), end: day(days - 1) }]) })!;
      expect(ticksApart(drawing).length).toBeGreaterThanOrEqual(1);
    }
  });

  it("writes every coordinate to a tenth of a pixel", () => {
    const drawing = drawTimeline({ nodes: buildTimeline([...visit, ...oneDayEvents(5, 40)]) })!;
    const numbers = JSON.stringify(drawing).match(/-?\d+\.\d+/g) ?? [];
    for (const n of numbers) expect(n).toMatch(/\.\d$/);
  });
});
