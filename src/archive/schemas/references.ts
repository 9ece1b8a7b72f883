import type { EntityCollection } from "../entity-kinds.ts";
import type { z } from "astro/zod";

export type CollectionName = "articles" | "events" | EntityCollection;

/**
 * Makes the schema of a reference to another collection's entry. Inside Astro this is `reference()` from
 * `astro:content`; the ingest command passes a plain id schema and checks the ids itself.
 */
export type ReferenceFactory<R extends z.ZodType = z.ZodType> = (collection: CollectionName) => R;
