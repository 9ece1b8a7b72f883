import { describe, expect, it } from "vitest";
import type { EventRecord } from "../../../src/archive/model.ts";
import { siteLinks } from "../../../src/site/links.ts";
import {
  archiveMap,
  archiveNetwork,
  archiveTimelineDrawing,
  articleMap,
  entityNetwork,
  eventMap,
  placeMap,
} from "../../../src/site/views/figure-views.ts";
import { ARTICLE_ID, VISIT, sampleArchive, sampleRecords } from "../../support/record-fixtures.ts";

const links = siteLinks("/archive/");

/** The sample archive with coordinates on its cities, and `extra` one-day events in Damascus through 2021. */
function grown(extra = 0) {
  const records = sampleRecords();
  for (const place of records.entities.places) {
    if (place.id === "damascus") Object.assign(place, { lat: 33.5102, lon: 36.29128 });
    if (place.id === "tehran") Object.assign(place, { lat: 35.69439, lon: 51.42151, coordinatesProposed: true });
  }
  const template = records.events.find((event) => event.id === "2020-07-09-assad-meets-bagheri")!;
  for (let i = 0; i < extra; i++) {
    const day = new Date(Date.UTC(2020, 8, 1) + i * 3 * 86_400_000).toISOString().slice(0, 10);
    const copy: EventRecord = { ...structuredClone(template), id: `${day}-meeting-${i}`, title: `Meeting ${i}`, start: day, end: day };
    delete copy.parent;
    records.events.push(copy);
  }
  return sampleArchive(records);
}

describe("the figures of the pages", () => {
  it("draws a report's dateline and the places it names, each linked to its page", () => {
    const map = articleMap(grown(), links, ARTICLE_ID)!;
    expect(map.points.map((point) => [point.name, point.role, point.href])).toEqual(
      expect.arrayContaining([
        ["Tehran", "dateline", "/archive/places/tehran/"],
        ["Damascus", "named", "/archive/places/damascus/"],
      ]),
    );
    expect(map.description).toContain("Tehran is where the report was filed");
  });

  it("draws the same map once for every event in one place", () => {
    const archive = grown(3);
    const [first, second] = archive.events
      .filter((event) => event.id.includes("meeting"))
      .map((event) => eventMap(archive, links, event.id));
    expect(first).toBeDefined();
    expect(second).toBe(first);
  });

  it("outlines a country from its place's name, and leaves out a place with neither coordinates nor outline", () => {
    const archive = grown();
    const syria = placeMap(archive, links, "syria")!;
    expect(syria.outlines.map((outline) => outline.href)).toEqual(["/archive/places/syria/"]);
    expect(syria.points.map((point) => point.name)).toEqual(["Damascus"]);
    const bare = sampleArchive();
    expect(placeMap(bare, links, "tehran")).toBeUndefined();
  });

  it("sizes every place on the world map by the reports that name it", () => {
    const world = archiveMap(grown(), links)!;
    expect(world.points.map((point) => [point.name, point.count])).toEqual(
      expect.arrayContaining([
        ["Tehran", 1],
        ["Damascus", 1],
      ]),
    );
  });

  it("ties Bagheri to Assad by the report they share, and the archive's network to the same ties", () => {
    const archive = grown();
    const network = entityNetwork(archive, links, "people", "mohammad-bagheri")!;
    const focus = network.nodes.find((node) => node.focus)!;
    expect(focus.name).toBe("Mohammad Bagheri");
    expect(network.nodes.map((node) => node.name)).toContain("Bashar al-Assad");
    const { drawing, ties } = archiveNetwork(archive, links);
    expect(drawing!.edges).toHaveLength(ties.edges.length);
    expect(ties.edges.every((edge) => edge.weight === 1)).toBe(true);
  });

  it("draws a crowded archive by days, each bar linking to the heading of its first day on the page that lists it", () => {
    const archive = grown(120);
    const drawing = archiveTimelineDrawing(archive, links)!;
    expect(drawing.mode).toBe("density");
    const linked = drawing.bins.filter((bin) => bin.href);
    expect(linked.length).toBe(drawing.bins.length);
    for (const bin of linked) expect(bin.href).toMatch(/^\/archive\/timeline\/\d{4}\/#day-\d{4}-\d{2}-\d{2}$/);
    const days = new Set(archive.events.map((event) => event.start));
    for (const bin of linked) expect(days.has(bin.href!.slice(-10))).toBe(true);
    expect(drawing.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(archive.events.length);
  });

  it("keeps the visit's span and days on the archive's timeline while it is small", () => {
    const drawing = archiveTimelineDrawing(grown(), links)!;
    expect(drawing.mode).toBe("events");
    expect(drawing.spans.map((span) => span.href)).toEqual([`/archive/events/${VISIT}/`]);
    expect(drawing.marks).toHaveLength(3);
  });
});
