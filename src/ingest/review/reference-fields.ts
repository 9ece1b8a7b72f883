import { z } from "astro/zod";
import { ENTITY_COLLECTIONS, type EntityCollection } from "../../archive/entity-kinds.ts";
import { articleSchema } from "../../archive/schemas/article.ts";
import { ENTITY_SCHEMAS } from "../../archive/schemas/entities.ts";
import { eventSchema } from "../../archive/schemas/event.ts";
import type { CollectionName, ReferenceFactory } from "../../archive/schemas/references.ts";

/** Where a reference sits in a content file: keys, and `*` for each element of a list. */
export type FieldPath = readonly string[];

/** One field of a collection's files that holds ids of another collection's entries. */
export interface ReferenceField {
  /** The collection whose files hold the field. */
  holder: CollectionName;
  path: FieldPath;
  /** The collection the ids name. */
  target: CollectionName;
  /**
   * What removing a reference takes with it: the list element (`people: [id]`), the key of an optional field
   * (`place: id`), or the whole list entry a required field belongs to (a report whose article is gone).
   */
  removal: "element" | "key" | "entry";
}

type Marked = Map<z.ZodType, CollectionName>;

/** Finds each reference in a schema; `optional` says whether the field may be left out. */
function walk(schema: z.ZodType, path: string[], optional: boolean, marked: Marked, found: Omit<ReferenceField, "holder">[]): void {
  const target = marked.get(schema);
  if (target) {
    const removal = path.at(-1) === "*" ? "element" : optional ? "key" : "entry";
    found.push({ path, target, removal });
  } else if (schema instanceof z.ZodObject) {
    for (const [key, field] of Object.entries(schema.shape as Record<string, z.ZodType>)) walk(field, [...path, key], false, marked, found);
  } else if (schema instanceof z.ZodArray) {
    walk(schema.element as z.ZodType, [...path, "*"], false, marked, found);
  } else if (
    schema instanceof z.ZodOptional ||
    schema instanceof z.ZodNullable ||
    schema instanceof z.ZodDefault ||
    schema instanceof z.ZodPrefault
  ) {
    walk(schema.def.innerType as z.ZodType, path, true, marked, found);
  } else if (schema instanceof z.ZodPipe) {
    walk(schema.def.in as z.ZodType, path, optional, marked, found);
  }
}

/** The reference fields of one collection's schema, read from the schema itself so that a new field is never missed. */
function fieldsOf(holder: CollectionName, makeSchema: (reference: ReferenceFactory) => z.ZodType): ReferenceField[] {
  const marked: Marked = new Map();
  const reference: ReferenceFactory = (collection) => {
    const id = z.string();
    marked.set(id, collection);
    return id;
  };
  const found: Omit<ReferenceField, "holder">[] = [];
  walk(makeSchema(reference), [], false, marked, found);
  return found.map((field) => ({ holder, ...field }));
}

/** Every field of every collection that refers to another entry, from the model's schemas. */
export const REFERENCE_FIELDS: readonly ReferenceField[] = [
  ...fieldsOf("articles", articleSchema),
  ...fieldsOf("events", eventSchema),
  ...ENTITY_COLLECTIONS.flatMap((collection: EntityCollection) => fieldsOf(collection, ENTITY_SCHEMAS[collection])),
];

/** The fields that can name an entry of `target`. */
export function fieldsReferencing(target: CollectionName): ReferenceField[] {
  return REFERENCE_FIELDS.filter((field) => field.target === target);
}

/** A field as written in messages: `reports[].why.people`. */
export function fieldName(path: FieldPath): string {
  return path.join(".").replace(/\.\*/g, "[]");
}
