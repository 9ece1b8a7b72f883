import {
  geoBounds,
  geoClipRectangle,
  geoPath,
  type GeoPermissibleObjects,
  type GeoProjection,
  type GeoStream,
  type GeoStreamWrapper,
} from "d3-geo";
import type { Feature, Geometry, MultiLineString, MultiPolygon, Position } from "geojson";
import { feature, merge, mesh } from "topojson-client";
import { foldLetters } from "../../archive/letter-forms.ts";
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from "topojson-specification";
import countries50m from "world-atlas/countries-50m.json" with { type: "json" };
import countries110m from "world-atlas/countries-110m.json" with { type: "json" };

/**
 * Natural Earth's country outlines: 1:50m for a regional map, where a coastline is seen close up, and 1:110m for the
 * world map, where 50m detail is narrower than a pixel and would only add bytes.
 */
export type OutlineScale = "50m" | "110m";

/** [[west, south], [east, north]] in degrees; west > east when the area crosses the antimeridian. */
export type Bounds = [[number, number], [number, number]];

export interface CountryOutline {
  /** The atlas's own name, e.g. "United States of America". */
  name: string;
  feature: Feature<Geometry, { name: string }>;
  /** Its `geoBounds`, computed once. */
  bounds: Bounds;
  /** Its polygons in Mercator's plane, computed on first use (`mercatorOutlinePath`). */
  planar?: PlanarOutline;
}

interface PlanarOutline {
  polygons: PlanarPolygon[];
  /** The same polygons as one geometry, streamed in one pass. */
  multiPolygon: MultiPolygon;
}

/** A polygon of an outline projected once by Mercator's formula: x is the longitude in radians, y Mercator's. */
interface PlanarPolygon {
  rings: Position[][];
  /** The mean longitude of its outer ring, in degrees: which copy of the world it is drawn in. */
  meanLon: number;
}

interface Atlas {
  outlines: CountryOutline[];
  byName: Map<string, CountryOutline>;
  whole: () => WholeWorld;
}

/** The world's land as one shape and the borders between countries as one line, so a shared border is written once. */
export interface WholeWorld {
  land: MultiPolygon;
  borders: MultiLineString;
}

const TOPOLOGIES: Record<OutlineScale, unknown> = { "50m": countries50m, "110m": countries110m };
const atlases = new Map<OutlineScale, Atlas>();

// Natural Earth shortens long names ("Dem. Rep. Congo", "Bosnia and Herz.", "Solomon Is."); reports write them out.
const ABBREVIATIONS: Record<string, string> = {
  barb: "barbuda",
  br: "british",
  dem: "democratic",
  eq: "equatorial",
  fr: "french",
  geo: "georgia",
  gren: "grenadines",
  herz: "herzegovina",
  i: "island",
  is: "islands",
  n: "north",
  rep: "republic",
  s: "south",
  st: "saint",
  ter: "territory",
  vin: "vincent",
  w: "western",
};
const LINKING_WORDS = new Set(["of", "the", "and"]);

/**
 * A country's name as it is compared: no case, accents, punctuation or linking words, and Natural Earth's
 * abbreviations written out, so "Dem. Rep. Congo" meets "Democratic Republic of the Congo" and "Côte d'Ivoire"
 * meets "Cote dIvoire".
 */
export function outlineKey(name: string): string {
  const abbreviated = new Set([...name.matchAll(/(\p{L}+)\./gu)].map((m) => m[1]!.toLowerCase()));
  return foldLetters(name)
    .toLowerCase()
    .replace(/['’`]/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "" && !LINKING_WORDS.has(word))
    .map((word) => (abbreviated.has(word) ? (ABBREVIATIONS[word] ?? word) : word))
    .join(" ");
}

/** The countries whose bounds meet `view` (every country without one), so a regional map writes only what it shows. */
export function outlinesInView(scale: OutlineScale, view?: Bounds): readonly CountryOutline[] {
  const { outlines } = atlas(scale);
  return view ? outlines.filter((outline) => meets(outline.bounds, view)) : outlines;
}

/** Degrees east from `west` to `east`, across the antimeridian when west is beyond east. */
export function lonSpan(west: number, east: number): number {
  const span = east - west;
  return span >= 0 ? Math.min(span, 360) : span + 360;
}

function meets([[west, south], [east, north]]: Bounds, [[viewWest, viewSouth], [viewEast, viewNorth]]: Bounds): boolean {
  if (south > viewNorth || north < viewSouth) return false;
  const eastward = (from: number, to: number) => (((to - from) % 360) + 360) % 360;
  return eastward(west, viewWest) <= lonSpan(west, east) || eastward(viewWest, west) <= lonSpan(viewWest, viewEast);
}

export function wholeWorld(scale: OutlineScale): WholeWorld {
  return atlas(scale).whole();
}

/** The outline of the country that goes by one of `names` (a place's name and aliases), if the atlas has it. */
export function findOutline(names: readonly string[], scale: OutlineScale): CountryOutline | undefined {
  const { byName } = atlas(scale);
  for (const name of names) {
    const outline = byName.get(outlineKey(name));
    if (outline) return outline;
  }
  return undefined;
}

function atlas(scale: OutlineScale): Atlas {
  let loaded = atlases.get(scale);
  if (!loaded) {
    const topology = TOPOLOGIES[scale] as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const outlines = feature(topology, topology.objects.countries).features.map((country) => ({
      name: country.properties.name,
      feature: country,
      bounds: geoBounds(country),
    }));
    const countries = topology.objects.countries;
    let whole: WholeWorld | undefined;
    loaded = {
      outlines,
      byName: new Map(outlines.map((outline) => [outlineKey(outline.name), outline])),
      whole: () =>
        (whole ??= {
          land: merge(topology, countries.geometries as (TopoPolygon | TopoMultiPolygon)[]),
          borders: mesh(topology, countries, (a, b) => a !== b),
        }),
    };
    atlases.set(scale, loaded);
  }
  return loaded;
}

const RADIANS = Math.PI / 180;
// Mercator's y is infinite at the poles; Antarctica's edge is clipped by the box anyway.
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (Math.max(-89, Math.min(89, lat)) * RADIANS) / 2));

function planarOutline(outline: CountryOutline): PlanarOutline {
  if (outline.planar) return outline.planar;
  const { geometry } = outline.feature;
  const parts = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
  const polygons = parts.map((polygon) => ({
    rings: polygon.map((ring) => ring.map(([lon, lat]) => [lon! * RADIANS, mercatorY(lat!)])),
    meanLon: polygon[0]!.reduce((sum, [lon]) => sum + lon!, 0) / polygon[0]!.length,
  }));
  return (outline.planar = { polygons, multiPolygon: { type: "MultiPolygon", coordinates: polygons.map((polygon) => polygon.rings) } });
}

/**
 * An outline's path on a Mercator map (d3-geo's `geoMercator`, turned about the pole to its centre), in `width` ×
 * `height`: what `outlinePath(projection, outline.feature)` draws, but each polygon was projected once and is
 * only scaled, moved and clipped to the box (d3-geo's `geoClipRectangle`) here, so a build drawing thousands of locator maps
 * does not project every coastline again for each. Natural Earth cuts its polygons at the antimeridian, so each is
 * moved whole to the copy of the world nearest the map's centre.
 */
export function mercatorOutlinePath(
  outline: CountryOutline,
  projection: GeoProjection,
  width: number,
  height: number,
  digits: 0 | 1,
): string {
  const centre = -projection.rotate()[0];
  const scale = projection.scale();
  const [x, y] = projection.translate();
  const { polygons, multiPolygon } = planarOutline(outline);
  const offsets = polygons.map((polygon) => (Math.round((centre - polygon.meanLon) / 360) * 360 - centre) * RADIANS);
  const clip = geoClipRectangle(0, 0, width, height);
  const plane: GeoStreamWrapper = {
    stream(output: GeoStream): GeoStream {
      const clipped = clip(output);
      // d3 streams a MultiPolygon polygon by polygon: each starts in its own copy of the world.
      let [next, offset] = [0, 0];
      return {
        point: (lon, lat) => clipped.point(x + scale * (lon + offset), y - scale * lat),
        lineStart: () => clipped.lineStart(),
        lineEnd: () => clipped.lineEnd(),
        polygonStart: () => {
          offset = offsets[next++] ?? 0;
          clipped.polygonStart();
        },
        polygonEnd: () => clipped.polygonEnd(),
      };
    },
  };
  return outlinePath(plane, multiPolygon, digits);
}

/** The shortest step an outline takes, in pixels: shorter ones are dropped (radial-distance simplification). */
const MIN_STEP = 1.5;

/**
 * The SVG path of an outline in relative steps rounded to `digits` decimals, a step shorter than MIN_STEP left out:
 * small deltas repeat, so the world map gzips to well under half of what absolute coordinates take, and builds stay byte-identical.
 */
export function outlinePath(projection: GeoProjection | GeoStreamWrapper, object: GeoPermissibleObjects, digits: 0 | 1): string {
  const unit = 10 ** digits;
  let d = "";
  let [x, y, startX, startY, inLine] = [0, 0, 0, 0, false];
  const step = (toX: number, toY: number, command: "m" | "l") => {
    const [dx, dy] = [Math.round(toX * unit) - x, Math.round(toY * unit) - y];
    // A point closer than MIN_STEP pixels to the last one written adds bytes and no visible shape.
    if (command === "l" && Math.hypot(dx, dy) < MIN_STEP * unit) return;
    const pair = `${dx / unit}${dy < 0 ? "" : ","}${dy / unit}`;
    // The first move is absolute, so paths of separate countries can be written one after another in one `d`.
    d += command === "l" && inLine ? `${dx < 0 ? "" : " "}${pair}` : `${d === "" ? "M" : command}${pair}`;
    [x, y, inLine] = [x + dx, y + dy, command === "l"];
  };
  geoPath(projection, {
    beginPath: () => undefined,
    arc: () => undefined,
    moveTo: (toX, toY) => {
      step(toX, toY, "m");
      [startX, startY] = [x, y];
    },
    lineTo: (toX, toY) => step(toX, toY, "l"),
    closePath: () => {
      d += "z";
      [x, y, inLine] = [startX, startY, false];
    },
  })(object);
  return d;
}
