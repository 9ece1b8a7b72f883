import { countryCode, countryName } from "./country-codes.ts";
import { loadGazetteer, type Gazetteer, type GazetteerPlace } from "./gazetteer.ts";
import { placeKey, similarPlaceKey } from "./place-keys.ts";

/** A new place as the ingest knows it: its names, its kind, and the names of its country when known. */
export interface PlaceToLocate {
  names: readonly string[];
  kind?: string | undefined;
  /** The country record's name and aliases ("Syria", "Syrian Arab Republic"). */
  countryNames?: readonly string[] | undefined;
}

/** Coordinates proposed from the gazetteer, or why none were; `ambiguous` when the gazetteer had a guess to offer. */
export type CoordinateProposal = { lat: number; lon: number; geonames: number } | { none: string; ambiguous: boolean };

// Two entries closer than this are one town listed twice (a city and its seat), not two towns.
const SAME_PLACE_DEGREES = 0.3;
// A namesake at least this many times smaller is not a rival: Damascus, Maryland beside Damascus, Syria.
const CLEAR_LEAD = 10;
// A report that names a place without its country names a known one: a village of 1,100 in Poland is not the
// Jenin of a report from the West Bank (which this gazetteer lacks).
const MIN_POPULATION_WITHOUT_COUNTRY = 10_000;

const describe = (place: GazetteerPlace) =>
  `${place.name}, ${countryName(place.country)} (population ${place.population.toLocaleString("en")})`;

/**
 * Coordinates for a new city or town from the offline gazetteer: the entries of its names (in its country when
 * known), a capital first, then the most populous. No proposal for a country or a region (the map draws a
 * country by its outline), for a name the gazetteer lacks, when a namesake elsewhere is too large to rule out
 * (Tripoli, Libya and Tripoli, Lebanon), or when the only town of that name is a small one and the country is
 * not known: the reason says which, and how to settle it.
 */
export function proposeCoordinates(place: PlaceToLocate, gazetteer?: Gazetteer): CoordinateProposal {
  if (place.kind === "country" || countryCode(place.names) !== undefined)
    return { none: "a country: the map draws it by its outline, so it needs no coordinates", ambiguous: false };
  if (place.kind === "region") return { none: "a region: the gazetteer holds towns and cities only", ambiguous: false };
  const country = place.countryNames ? countryCode(place.countryNames) : undefined;
  const places = gazetteer ?? loadGazetteer();
  const found = (find: (name: string) => readonly GazetteerPlace[]) =>
    [...new Set(place.names.flatMap(find))].filter((candidate) => country === undefined || candidate.country === country);
  const exact = found((name) => places.exact(placeKey(name)));
  const candidates = (exact.length > 0 ? exact : found((name) => places.similar(similarPlaceKey(name)))).sort(
    (a, b) => Number(b.capital) - Number(a.capital) || b.population - a.population,
  );
  const best = candidates[0];
  if (!best) return { none: `no town of that name in the gazetteer${country ? ` in ${countryName(country)}` : ""}`, ambiguous: false };
  // GeoNames gives some towns a population of 0, for unknown: those are not taken for small.
  if (!country && best.population > 0 && best.population < MIN_POPULATION_WITHOUT_COUNTRY)
    return {
      none: `only ${describe(best)} has that name, too small to be taken for it without its country; give the country or write its lat and lon`,
      ambiguous: true,
    };
  const rival = candidates.find(
    (other) =>
      Math.max(Math.abs(other.lat - best.lat), Math.abs(other.lon - best.lon)) > SAME_PLACE_DEGREES &&
      other.population * CLEAR_LEAD > best.population,
  );
  if (rival)
    return {
      none: `ambiguous: ${describe(best)} or ${describe(rival)}; ${country || rival.country === best.country ? "write" : "give the place's country or write"} its lat and lon`,
      ambiguous: true,
    };
  return { lat: best.lat, lon: best.lon, geonames: best.geonames };
}
