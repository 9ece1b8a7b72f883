import { geoBounds, geoMercator, geoNaturalEarth1, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import { scaleSqrt } from "d3-scale";
import { placeMapLabels } from "./map-labels.ts";
import { counted } from "../format.ts";
import { px } from "./svg-numbers.ts";
import {
  findOutline,
  lonSpan,
  mercatorOutlinePath,
  outlinePath,
  outlinesInView,
  wholeWorld,
  type Bounds,
  type CountryOutline,
  type OutlineScale,
} from "./world-outlines.ts";

export interface MapPlace {
  id: string;
  name: string;
  href: string;
  /** Degrees; a place without them (a country) is shown by its outline only. */
  lat?: number;
  lon?: number;
  /** The names its outline may go by in the atlas: its name and aliases. Used for countries (kind "country"). */
  names: readonly string[];
  kind?: string;
  /** Number of reports, drawn as the size of the point on the archive-wide map. */
  count?: number;
  /** "focus": the page's own place; "dateline": where a report was filed; "named": a place it names. */
  role: "focus" | "dateline" | "named";
}

export interface MapOptions {
  width: number;
  height: number;
  /** Draw the whole world (the /places/ map) instead of fitting the places. */
  world?: boolean;
}

/** A country among the places, filled and linked to its page. */
export interface MapOutline {
  id: string;
  href: string;
  /** What its link says, e.g. "Iran" or "Iran, 5 reports". */
  label: string;
  d: string;
}

export interface MapPoint {
  id: string;
  name: string;
  href: string;
  label: string;
  role: MapPlace["role"];
  count: number;
  x: number;
  y: number;
  r: number;
  /** The radius of the ring drawn around a dateline, so it differs by shape and not by colour alone. */
  ring?: number;
}

export interface MapLabel {
  text: string;
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
}

export interface MapDrawing {
  width: number;
  height: number;
  /** The map in words, for the SVG's description. */
  description: string;
  /** The outline of the globe on the world map. */
  sphere?: string;
  /** Every other country in view, as one path; on the world map, all the land. */
  land: string;
  /** On the world map, the borders between countries, drawn once over the land. */
  borders?: string;
  /** The atlas names of the countries in `land` on a regional map, in the atlas's order. */
  inView: string[];
  outlines: MapOutline[];
  /** Largest first, so a small point is never hidden under a large one. */
  points: MapPoint[];
  labels: MapLabel[];
}

const PADDING = 28;
const MIN_SPAN_DEGREES = 10;
/** The archive's map draws a region, not the globe, when its places fit in this many degrees. */
const REGION_DEGREES = { lon: 120, lat: 60 };
/** Views narrower than this many degrees of longitude are drawn with the 1:50m outlines, wider ones with 1:110m. */
const DETAILED_BELOW_DEGREES = 40;
const WORLD_LABELS = 12;
const ROLE_RADIUS = { focus: 6, dateline: 4.5, named: 4 } as const;
const ROLE_ORDER = { focus: 0, dateline: 1, named: 2 } as const;

type Located = MapPlace & { lat: number; lon: number };
type Country = { place: MapPlace; outline: CountryOutline };

export function drawMap(places: readonly MapPlace[], options: MapOptions): MapDrawing | undefined {
  const { width, height, world = false } = options;
  // The places are found and fitted with the finer outlines, which hold the small countries too; a view wider than
  // DETAILED_BELOW_DEGREES is then drawn with the coarser ones, which look the same at that size and weigh a tenth.
  const fine: Country[] = [];
  const located: Located[] = [];
  for (const place of places) {
    const outline = place.kind === "country" || !hasCoordinates(place) ? findOutline(place.names, "50m") : undefined;
    if (outline) fine.push({ place, outline });
    else if (hasCoordinates(place)) located.push(place);
  }
  if (fine.length === 0 && located.length === 0) return undefined;

  // The archive's map shows the whole globe only when its places are spread over it; places of one region get a
  // map of that region, where they stand apart.
  const bounds = placesBounds(located, fine);
  const globe = world && (lonSpan(bounds[0][0], bounds[1][0]) > REGION_DEGREES.lon || bounds[1][1] - bounds[0][1] > REGION_DEGREES.lat);
  const projection = globe
    ? geoNaturalEarth1().fitExtent(corners(2, 2, width - 2, height - 2), { type: "Sphere" })
    : fitPlaces(bounds, width, height);
  const degreesAcross = ((width / projection.scale()) * 180) / Math.PI;
  const scale: OutlineScale = !globe && degreesAcross < DETAILED_BELOW_DEGREES ? "50m" : "110m";
  const countries =
    scale === "50m" ? fine : fine.map(({ place, outline }) => ({ place, outline: findOutline(place.names, scale) ?? outline }));
  // Outlines are written in whole pixels: a tenth would add a third of the bytes, and nothing a reader sees.
  const path = (object: GeoPermissibleObjects) => outlinePath(projection, object, 0);
  const regional = (outline: CountryOutline) => mercatorOutlinePath(outline, projection, width, height, 0);
  const named = new Set(countries.map(({ outline }) => outline));
  const whole = globe ? wholeWorld(scale) : undefined;
  const around = (whole ? [] : outlinesInView(scale, viewBounds(projection, width, height)))
    .filter((outline) => !named.has(outline))
    .map((outline) => ({ name: outline.name, d: regional(outline) }))
    .filter((outline) => outline.d !== "");
  const label = world ? reportsLabel : roleLabel;
  const outlines = countries
    .map(({ place, outline }) => ({
      id: place.id,
      href: place.href,
      label: label(place),
      d: globe ? path(outline.feature) : regional(outline),
    }))
    .filter((outline) => outline.d !== "");

  const radius = scaleSqrt()
    .domain([0, Math.max(1, ...located.map((place) => place.count ?? 0))])
    .range([0, 14]);
  const points: MapPoint[] = [];
  for (const place of located) {
    const { id, name, href, role, count = 0 } = place;
    const [x, y] = projection([place.lon, place.lat]) ?? [NaN, NaN];
    if (!(x >= 0 && x <= width && y >= 0 && y <= height)) continue;
    const r = world ? px(Math.max(3, radius(count))) : ROLE_RADIUS[role];
    const ring = !world && role === "dateline" ? r + 3 : undefined;
    points.push({ id, name, href, role, count, label: label(place), x: px(x), y: px(y), r, ring });
  }
  if (points.length === 0 && outlines.length === 0) return undefined;
  points.sort((a, b) => b.r - a.r);

  const labelled = world
    ? [...points].sort((a, b) => b.count - a.count).slice(0, WORLD_LABELS)
    : [...points].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  return {
    width,
    height,
    description: world ? describeArchive(points.length, countries, located, globe) : describePlaces(points, countries),
    sphere: whole ? path({ type: "Sphere" }) : undefined,
    land: whole ? path(whole.land) : around.map((outline) => outline.d).join(""),
    borders: whole ? path(whole.borders) : undefined,
    inView: around.map((outline) => outline.name),
    outlines,
    points,
    labels: placeMapLabels(labelled, points, width, height, !world),
  };
}

function hasCoordinates(place: MapPlace): place is Located {
  return Number.isFinite(place.lat) && Number.isFinite(place.lon);
}

/** A rectangle by two opposite corners, as `fitExtent`, `clipExtent` and bounds take it. */
function corners(x0: number, y0: number, x1: number, y1: number): Bounds {
  return [
    [x0, y0],
    [x1, y1],
  ];
}

/** The smallest box holding the points and the countries' outlines. */
function placesBounds(located: readonly Located[], countries: readonly Country[]): Bounds {
  const coordinates: [number, number][] = located.map(({ lon, lat }) => [lon, lat]);
  for (const { bounds } of countries.map(({ outline }) => outline)) {
    const [[west, south], [east, north]] = bounds;
    // The middle of the country's own span, so the smallest arc through these points is the country's, not its complement.
    coordinates.push([west, south], [west + lonSpan(west, east) / 2, (south + north) / 2], [east, north]);
  }
  return geoBounds({ type: "MultiPoint", coordinates });
}

/** Mercator centred on the places' box, at least ten degrees across so that a lone city shows its neighbours. */
function fitPlaces([[west, south], [east, north]]: Bounds, width: number, height: number): GeoProjection {
  const centre = west + lonSpan(west, east) / 2;
  const halfLon = Math.min(179, Math.max(lonSpan(west, east), MIN_SPAN_DEGREES) / 2);
  const [middle, halfLat] = [(south + north) / 2, Math.max(north - south, MIN_SPAN_DEGREES) / 2];
  const box = corners(centre - halfLon, Math.max(-80, middle - halfLat), centre + halfLon, Math.min(80, middle + halfLat));
  return geoMercator()
    .rotate([-centre, 0])
    .fitExtent(corners(PADDING, PADDING, width - PADDING, height - PADDING), { type: "MultiPoint", coordinates: box })
    .clipExtent(corners(0, 0, width, height));
}

/** What the box shows, in degrees: Mercator's rectangle of longitudes and latitudes. */
function viewBounds(projection: GeoProjection, width: number, height: number): Bounds {
  const invert = (point: [number, number]) => projection.invert?.(point) ?? [0, 0];
  const span = ((width / projection.scale()) * 180) / Math.PI;
  const west = span >= 360 ? -180 : invert([0, height / 2])[0];
  return corners(west, invert([width / 2, height])[1], west + Math.min(span, 360), invert([width / 2, 0])[1]);
}

function roleLabel(place: MapPlace): string {
  return place.role === "dateline" ? `${place.name}, where the report was filed` : place.name;
}

function reportsLabel(place: MapPlace): string {
  return `${place.name}, ${counted(place.count ?? 0, "report")}`;
}

function list(names: readonly string[]): string {
  return names.length < 2 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

function describePlaces(points: readonly MapPoint[], countries: readonly Country[]): string {
  const shown = list(points.map((point) => point.name));
  const outlined = list(countries.map(({ place }) => place.name));
  const datelines = points.filter((point) => point.role === "dateline").map((point) => point.name);
  const main = shown && outlined ? `${shown}, with ${outlined} outlined` : shown || `${outlined} outlined`;
  if (datelines.length === 0) return `${main}.`;
  return `${main}; ${list(datelines)} ${datelines.length === 1 ? "is where the report was filed" : "are where the reports were filed"}.`;
}

function describeArchive(shown: number, countries: readonly Country[], located: readonly MapPlace[], globe: boolean): string {
  const all = [...located, ...countries.map(({ place }) => place)];
  const top = all.sort((a, b) => (b.count ?? 0) - (a.count ?? 0)).slice(0, 5);
  const places = shown + countries.length;
  const most = list(top.map((place) => `${place.name} (${counted(place.count ?? 0, "report")})`));
  return `${places} ${places === 1 ? "place" : "places"} on a map of ${globe ? "the world" : "the region they lie in"}, each sized by its number of reports; the most reported: ${most}.`;
}
