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

/** A place: `content/places/<id>.yaml`. */
export function placeSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z.object({
    ...entityFields(reference),
    /** city, country, region, … */
    kind: z.string().default("place"),
    /** The country a city or region lies in: an event in Damascus is an event in Syria. */
    country: reference("places").optional(),
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
