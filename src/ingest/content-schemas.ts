import { z } from "astro/zod";
import { perEntityCollection } from "../archive/entity-kinds.ts";
import { articleSchema } from "../archive/schemas/article.ts";
import { ENTITY_SCHEMAS } from "../archive/schemas/entities.ts";
import { eventSchema } from "../archive/schemas/event.ts";
import type { ReferenceFactory } from "../archive/schemas/references.ts";

/** A reference as a content file writes it, a plain id; the ingest checks for itself that the entry exists. */
const plainId: ReferenceFactory<z.ZodString> = () =>
  z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: "expected an id: lower-case letters, digits and hyphens" });

/** The schemas of the content files, with references as plain ids: what the ingest reads and writes. */
export const articleFrontmatterSchema = articleSchema(plainId);
export const eventFileSchema = eventSchema(plainId);
export const entityFileSchemas = perEntityCollection((collection) => ENTITY_SCHEMAS[collection](plainId));

/** An issue as `field: problem`, e.g. `source.sha256: source.sha256 must be 64 lowercase hex digits …`. */
export function issueText(issue: z.core.$ZodIssue): string {
  return `${issue.path.join(".") || "(file)"}: ${issue.message}`;
}

/** The issues of a generated document on one line, each as `label: field: problem`. */
export function schemaProblems(issues: readonly z.core.$ZodIssue[], label: string): string {
  return issues.map((issue) => `${label}: ${issueText(issue)}`).join("; ");
}
