import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { drawMap, type MapDrawing, type MapPlace } from "../../../src/site/figures/map-figure.ts";
import { findOutline, outlineKey } from "../../../src/site/figures/world-outlines.ts";

const tehran: MapPlace = {
  id: "tehran",
  name: "Tehran",
  href: "/places/tehran/",
  lat: 35.69439,
  lon: 51.42151,
  names: ["Tehran"],
  kind: "city",
  role: "dateline",
};
const damascus: MapPlace = {
  id: "damascus",
  name: "Damascus",
  href: "/places/damascus/",
  lat: 33.5102,
  lon: 36.29128,
  names: ["Damascus"],
  kind: "city",
  role: "named",
};
const iran: MapPlace = {
  id: "iran",
  name: "Iran",
  href: "/places/iran/",
  names: ["Iran", "Islamic Republic of Iran"],
  kind: "country",
  role: "named",
};
const syria: MapPlace = {
  id: "syria",
  name: "Syria",
  href: "/places/syria/",
  names: ["Syria", "Syrian Arab Republic"],
  kind: "country",
  role: "named",
};
const locator = { width: 360, height: 240 };

/** The markup PlaceMap.astro writes, element for element, so its size can be measured without a build. */
function markup(drawing: MapDrawing): string {
  const parts = [`<svg width="${drawing.width}" height="${drawing.height}"><title>Places</title><desc>${drawing.description}</desc>`];
  parts.push(`<rect class="water" width="${drawing.width}" height="${drawing.height}"></rect>`);
  if (drawing.sphere) parts.push(`<path class="sphere" d="${drawing.sphere}"></path>`);
  parts.push(`<path class="land" d="${drawing.land}"></path>`);
  if (drawing.borders) parts.push(`<path class="borders" d="${drawing.borders}"></path>`);
  for (const outline of drawing.outlines) {
    parts.push(
      `<a href="${outline.href}" aria-label="${outline.label}"><title>${outline.label}</title><path class="named" d="${outline.d}"></path></a>`,
    );
  }
  for (const point of drawing.points) {
    const ring = point.ring ? `<circle class="ring" cx="${point.x}" cy="${point.y}" r="${point.ring}"></circle>` : "";
    parts.push(
      `<a href="${point.href}" aria-label="${point.label}"><title>${point.label}</title>${ring}<circle class="point" cx="${point.x}" cy="${point.y}" r="${point.r}"></circle></a>`,
    );
  }
  for (const label of drawing.labels) {
    parts.push(`<text class="label" x="${label.x}" y="${label.y}" text-anchor="${label.anchor}" aria-hidden="true">${label.text}</text>`);
  }
  return `${parts.join("")}</svg>`;
}

function gzippedSize(drawing: MapDrawing): number {
  return gzipSync(markup(drawing)).length;
}

/** Where a label's text lies, from the same width per character the layout assumes. */
function labelBox(label: MapDrawing["labels"][number]): [number, number, number, number] {
  const width = label.text.length * 7;
  const left = label.anchor === "start" ? label.x : label.anchor === "end" ? label.x - width : label.x - width / 2;
  return [left, label.y - 9, left + width, label.y + 3];
}

describe("drawMap, a locator map", () => {
  const drawing = drawMap([tehran, damascus, iran, syria], locator);

  it("places Tehran east of and north of Damascus, both inside the box", () => {
    expect(drawing).toBeDefined();
    const [t, d] = ["tehran", "damascus"].map((id) => drawing!.points.find((point) => point.id === id)!);
    for (const point of [t, d]) {
      expect(point.x).toBeGreaterThan(0);
      expect(point.x).toBeLessThan(locator.width);
      expect(point.y).toBeGreaterThan(0);
      expect(point.y).toBeLessThan(locator.height);
    }
    expect(t.x).toBeGreaterThan(d.x);
    expect(t.y).toBeLessThan(d.y);
  });

  it("outlines Iran and Syria as named countries linked to their pages, and shows their neighbours", () => {
    expect(drawing!.outlines.map((outline) => [outline.id, outline.href])).toEqual([
      ["iran", "/places/iran/"],
      ["syria", "/places/syria/"],
    ]);
    expect(drawing!.outlines.every((outline) => outline.d.startsWith("M"))).toBe(true);
    expect(drawing!.inView).toEqual(expect.arrayContaining(["Iraq", "Turkey", "Lebanon", "Jordan"]));
    expect(drawing!.inView).not.toContain("Iran");
    // Culled by bounds: nothing of the Americas or the far east is written.
    expect(drawing!.inView).not.toContain("Brazil");
    expect(drawing!.inView).not.toContain("Japan");
    // One absolute start per country, so each is drawn where it lies and not after the one before it.
    expect(drawing!.land.split("M").length - 1).toBe(drawing!.inView.length);
  });

  it("marks the dateline by a ring and says so in its label, and describes the map in words", () => {
    const t = drawing!.points.find((point) => point.id === "tehran")!;
    const d = drawing!.points.find((point) => point.id === "damascus")!;
    expect(t.ring).toBeGreaterThan(t.r);
    expect(d.ring).toBeUndefined();
    expect(t.label).toBe("Tehran, where the report was filed");
    expect(d.label).toBe("Damascus");
    expect(drawing!.description).toBe("Tehran and Damascus, with Iran and Syria outlined; Tehran is where the report was filed.");
  });

  it("labels every point without labels overlapping each other or leaving the box", () => {
    expect(drawing!.labels.map((label) => label.text).sort()).toEqual(["Damascus", "Tehran"]);
    const boxes = drawing!.labels.map(labelBox);
    for (const [left, top, right, bottom] of boxes) {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(locator.width);
      expect(bottom).toBeLessThanOrEqual(locator.height);
    }
    const [a, b] = boxes;
    expect(a![2] <= b![0] || b![2] <= a![0] || a![3] <= b![1] || b![3] <= a![1]).toBe(true);
  });

  it("shows a lone city with ten degrees of its surroundings", () => {
    const alone = drawMap([{ ...damascus, role: "focus" }], locator)!;
    expect(alone.points).toHaveLength(1);
    expect(alone.points[0]!.r).toBeGreaterThan(drawing!.points.find((point) => point.id === "damascus")!.r);
    expect(alone.inView).toEqual(expect.arrayContaining(["Syria", "Lebanon", "Jordan", "Israel", "Iraq", "Turkey"]));
  });

  it("leaves out a place with neither coordinates nor an outline, and draws nothing when nothing is drawable", () => {
    const nowhere: MapPlace = {
      id: "atlantis",
      name: "Atlantis",
      href: "/places/atlantis/",
      names: ["Atlantis"],
      kind: "country",
      role: "named",
    };
    const withNowhere = drawMap([tehran, damascus, iran, syria, nowhere], locator)!;
    expect(withNowhere.points.map((point) => point.id).concat(withNowhere.outlines.map((outline) => outline.id))).not.toContain("atlantis");
    expect(withNowhere).toEqual(drawing);
    expect(drawMap([nowhere], locator)).toBeUndefined();
    expect(drawMap([], locator)).toBeUndefined();
  });

  it("writes the same drawing twice", () => {
    expect(markup(drawMap([tehran, damascus, iran, syria], locator)!)).toBe(markup(drawing!));
  });

  it("stays small", () => {
    expect(gzippedSize(drawing!)).toBeLessThan(30_000);
  });
});

describe("drawMap, the archive-wide map", () => {
  const places: MapPlace[] = Array.from({ length: 500 }, (_, index) => ({
    id: `place-${index}`,
    name: `Place ${index}`,
    href: `/places/place-${index}/`,
    // A spread over the inhabited latitudes that repeats exactly from one run to the next.
    lat: ((index * 37) % 120) - 50,
    lon: ((index * 73) % 360) - 180,
    names: [`Place ${index}`],
    kind: "city",
    count: (index * 13) % 50,
    role: "named",
  }));
  const drawing = drawMap([...places, { ...iran, count: 7 }], { width: 720, height: 380, world: true })!;

  it("draws every place, sized by its reports, with at least three pixels of radius", () => {
    expect(drawing.points).toHaveLength(500);
    expect(Math.min(...drawing.points.map((point) => point.r))).toBe(3);
    const most = drawing.points.find((point) => point.count === 49)!;
    const fewer = drawing.points.find((point) => point.count === 12)!;
    expect(most.r / fewer.r).toBeCloseTo(Math.sqrt(49 / 12), 1);
    expect(fewer.label).toBe(`${fewer.name}, 12 reports`);
    expect(drawing.outlines.map((outline) => outline.label)).toEqual(["Iran, 7 reports"]);
  });

  it("writes text labels for at most twelve places, the most reported", () => {
    expect(drawing.labels.length).toBeGreaterThan(0);
    expect(drawing.labels.length).toBeLessThanOrEqual(12);
    for (const label of drawing.labels) expect(drawing.points.find((point) => point.name === label.text)!.count).toBeGreaterThanOrEqual(45);
  });

  it("stays within 30 KB gzipped", () => {
    expect(gzippedSize(drawing)).toBeLessThan(30_000);
  });
});

describe("findOutline", () => {
  it("finds a country by any of its names, whatever their case, accents and punctuation", () => {
    expect(findOutline(["United States", "United States of America"], "50m")?.name).toBe("United States of America");
    expect(findOutline(["COTE D'IVOIRE"], "110m")?.name).toBe("Côte d'Ivoire");
    expect(findOutline(["dem. rep. congo"], "50m")?.name).toBe("Dem. Rep. Congo");
    expect(findOutline(["Atlantis"], "50m")).toBeUndefined();
    expect(outlineKey("  W. Sahara ")).toBe("western sahara");
  });

  it("reads Natural Earth's shortened names as reports write them out", () => {
    for (const [written, atlas] of [
      ["Democratic Republic of the Congo", "Dem. Rep. Congo"],
      ["Bosnia and Herzegovina", "Bosnia and Herz."],
      ["South Sudan", "S. Sudan"],
      ["Central African Republic", "Central African Rep."],
      ["Solomon Islands", "Solomon Is."],
      ["Western Sahara", "W. Sahara"],
      ["Equatorial Guinea", "Eq. Guinea"],
      ["Dominican Republic", "Dominican Rep."],
      ["Saint Kitts and Nevis", "St. Kitts and Nevis"],
    ])
      expect(findOutline([written], "50m")?.name, written).toBe(atlas);
    // A letter is written out only where the atlas shortened it: "S" stays S in a name that spells it.
    expect(outlineKey("Is Island")).toBe("is island");
    // Two countries whose names differ by a word stay apart.
    expect(findOutline(["Republic of the Congo"], "50m")?.name).not.toBe("Dem. Rep. Congo");
    expect(findOutline(["Congo"], "50m")?.name).toBe("Congo");
  });
});

describe("drawMap across the antimeridian", () => {
  it("fits Fiji and Samoa on one map rather than the whole world", () => {
    const suva: MapPlace = { id: "suva", name: "Suva", href: "/places/suva/", lat: -18.14, lon: 178.44, names: ["Suva"], role: "named" };
    const apia: MapPlace = {
      id: "apia",
      name: "Apia",
      href: "/places/apia/",
      lat: -13.83,
      lon: -171.76,
      names: ["Apia"],
      role: "dateline",
    };
    const drawing = drawMap([suva, apia], locator)!;
    const [s, a] = ["suva", "apia"].map((id) => drawing.points.find((point) => point.id === id)!);
    expect(a!.x - s!.x).toBeGreaterThan(100);
    expect(drawing.inView).toEqual(expect.arrayContaining(["Fiji", "Samoa"]));
    expect(drawing.inView).not.toContain("Brazil");
  });
});

describe("drawMap, the archive-wide map of places in one region", () => {
  const cities: [string, number, number, number][] = [
    ["Beirut", 33.89, 35.5, 40],
    ["Baghdad", 33.34, 44.4, 25],
    ["Tehran", 35.69, 51.42, 60],
    ["Muscat", 23.58, 58.41, 5],
    ["Ankara", 39.92, 32.85, 12],
  ];
  const places: MapPlace[] = cities.map(([name, lat, lon, count]) => ({
    id: name.toLowerCase(),
    name,
    href: `/places/${name.toLowerCase()}/`,
    lat,
    lon,
    names: [name],
    count,
    role: "named",
  }));
  const drawing = drawMap(places, { width: 720, height: 380, world: true })!;

  it("draws the region they lie in rather than the globe, so they stand apart", () => {
    expect(drawing.sphere).toBeUndefined();
    expect(drawing.inView).toEqual(expect.arrayContaining(["Iraq", "Iran", "Turkey", "Oman"]));
    expect(drawing.inView).not.toContain("Brazil");
    expect(drawing.description).toContain("on a map of the region they lie in");
    const at = new Map(drawing.points.map((point) => [point.name, point]));
    expect(at.get("Tehran")!.x - at.get("Beirut")!.x).toBeGreaterThan(200);
  });

  it("still sizes each place by its reports, and labels the most reported", () => {
    const at = new Map(drawing.points.map((point) => [point.name, point]));
    expect(at.get("Tehran")!.r).toBeGreaterThan(at.get("Beirut")!.r);
    expect(at.get("Beirut")!.r).toBeGreaterThan(at.get("Muscat")!.r);
    expect(drawing.labels.map((label) => label.text)).toEqual(expect.arrayContaining(["Tehran", "Beirut", "Baghdad"]));
    expect(at.get("Tehran")!.label).toBe("Tehran, 60 reports");
  });
});
