import { z } from "astro/zod";
import { entityFields } from "./fields.ts";
import type { EntityCollection } from "../entity-kinds.ts";
import type { ReferenceFactory } from "./references.ts";

/** A person of the archive: `content/people/<id>.yaml`. */
export function personSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z.object({
    ...entityFields(reference),
    /** Office or function at the time of the reports, e.g. "President of Syria". */
    role: z.string().default(""),
    /** Rank or honorific used in the reports, e.g. "Major General". */
    title: z.string().optional(),
  });
}

/** An organization: outlet, agency, ministry, armed force… `content/organizations/<id>.yaml`. */
export function organizationSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z.object({
    ...entityFields(reference),
    /** What kind of body it is: newspaper, news agency, ministry, military, … */
    kind: z.string().default("organization"),
  });
}

const EXAMPLE_COORDINATES = "lat: 33.5102, lon: 36.29128";

function degrees(field: "lat" | "lon", limit: number) {
  const range = `${field} is in decimal degrees from -${limit} to ${limit}`;
  return z
    .number({ error: `${range}; write a number, e.g. ${EXAMPLE_COORDINATES}` })
    .min(-limit, { error: (issue) => `${range}, not ${String(issue.input)}` })
    .max(limit, { error: (issue) => `${range}, not ${String(issue.input)}` });
}

/** A place: `content/places/<id>.yaml`. */
export function placeSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z
    .object({
      ...entityFields(reference),
      /** city, country, region, … */
      kind: z.string().default("place"),
      /** The country a city or region lies in: an event in Damascus is an event in Syria. */
      country: reference("places").optional(),
      /** Latitude in decimal degrees, north positive; given with `lon`. @example lat: 33.5102 */
      lat: degrees("lat", 90).optional(),
      /** Longitude in decimal degrees, east positive; given with `lat`. @example lon: 36.29128 */
      lon: degrees("lon", 180).optional(),
      /** True while the coordinates come from the ingest's gazetteer and wait for an editor's check. @example coordinatesProposed: true */
      coordinatesProposed: z.boolean().default(false),
      /** The GeoNames id of the gazetteer entry proposed coordinates came from. @example geonames: 170654 */
      geonames: z.number().int().positive({ error: "geonames is a GeoNames id, a positive whole number, e.g. 170654" }).optional(),
    })
    .superRefine((place, context) => {
      for (const [given, missing] of [
        ["lat", "lon"],
        ["lon", "lat"],
      ] as const) {
        if (place[given] !== undefined && place[missing] === undefined)
          context.addIssue({
            code: "custom",
            path: [missing],
            message: `${given} is given without ${missing}; write both, in decimal degrees (${EXAMPLE_COORDINATES})`,
          });
      }
    });
}

/**
 * Each entity kind's schema, by collection, every one a function of the reference factory: `src/content.config.ts`
 * declares a collection for each. Adding an entity kind adds its schema here and its entry to `ENTITY_KINDS`.
 */
export const ENTITY_SCHEMAS = {
  people: personSchema,
  organizations: organizationSchema,
  places: placeSchema,
} satisfies Record<EntityCollection, (reference: ReferenceFactory) => z.ZodType>;
