import { z } from "astro/zod";
import { isIsoDate } from "../calendar.ts";
import { BIDI_CONTROL, codePoint, hasBidiControl } from "../bidi-controls.ts";
import { perEntityCollection, type EntityCollection } from "../entity-kinds.ts";
import type { ReferenceFactory } from "./references.ts";

/**
 * A calendar day written `YYYY-MM-DD`. YAML turns an unquoted date into a Date at midnight UTC,
 * so both forms are accepted and normalised to the ISO string used everywhere else.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string({ error: "expected a date; write it as YYYY-MM-DD, e.g. 2020-07-10" }).refine(isIsoDate, {
    error: (issue) => `"${String(issue.input)}" is not a real calendar date; write it as YYYY-MM-DD, e.g. 2020-07-10`,
  }),
);

/**
 * A name or title as the archive shows it: not empty, and without the bidirectional controls that would make it
 * read in another order than it is written (see `bidi-controls.ts`).
 */
export function displayText(empty: string) {
  return z
    .string()
    .min(1, { error: empty })
    .refine((text) => !hasBidiControl(text), {
      error: (issue) =>
        `"${String(issue.input).replace(BIDI_CONTROL, (c) => `<${codePoint(c)}>`)}" holds a bidirectional control character (shown here as <U+…>), which can make it read in another order than it is written; delete it`,
    });
}

/**
 * A moment written in ISO 8601. YAML 1.1 readers (Astro's) turn an unquoted timestamp into a Date, so both forms
 * are accepted and a Date is written back as its UTC ISO string.
 */
export const isoTimestamp = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().replace(".000Z", "Z") : value),
  z.string().min(1),
);

/** A 1-based paragraph number of an article body. */
export const paragraphNumber = z
  .number({ error: "expected a paragraph number, e.g. 5 for the fifth paragraph (its permalink is #p-5)" })
  .int()
  .positive({ error: "paragraph numbers start at 1 (the first paragraph is #p-1)" });

/**
 * Fields every entity file (person, organization, place) shares.
 * @example entityFields(reference) // { name, aliases, originalScript, description, draft, foundIn }
 */
export function entityFields<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return {
    /** Canonical name, as the archive displays it. */
    name: displayText("name is empty; write the entity's canonical name"),
    /** Other spellings and transliterations readers may search for (Ayoub, Baqeri). */
    aliases: z.array(displayText("an alias is empty; delete it or write the other spelling")).default([]),
    /** The name in its original script (Arabic, Persian, …). */
    originalScript: z.array(displayText("an original-script name is empty; delete it or write the name")).default([]),
    /** One or two sentences saying who or what this is. */
    description: z.string().default(""),
    /** True while an entity the ingest found in a report waits for an editor's review. */
    draft: z.boolean().default(false),
    /** Where the ingest found the name: the report, its paragraph and the words as written ("Foreign Minister Fuad Hussein"). */
    foundIn: z.array(z.object({ article: reference("articles"), paragraph: paragraphNumber, text: z.string().min(1) })).default([]),
  };
}

/** A list of entry ids, e.g. `people: [mohammad-bagheri, ali-abdullah-ayyoub]`, each naming a file of the collection. */
export function idList<R extends z.ZodType>(reference: ReferenceFactory<R>, collection: EntityCollection) {
  return z
    .array(reference(collection), {
      error: `expected a list of ids of content/${collection}/ files, written like [first-id, second-id] (an empty list is [])`,
    })
    .default([]);
}

/** One list of ids per entity kind, named after its collection: the entities a report mentions. */
export function entityLists<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return perEntityCollection((collection) => idList(reference, collection));
}
