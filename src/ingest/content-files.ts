import { readFileSync } from "node:fs";
import path from "node:path";
import type { z } from "astro/zod";
import { parse } from "yaml";
import type { EntityCollection } from "../archive/entity-kinds.ts";
import { splitMdxSource } from "../archive/mdx-source.ts";
import type { ArticleRecord, EntityRecord, EventRecord, ResolvedDate } from "../archive/model.ts";
import { articleIdFromPath } from "../archive/slugs.ts";
import { articleFrontmatterSchema, entityFileSchemas, eventFileSchema, issueText } from "./content-schemas.ts";

function parseYaml(file: string, text: string): unknown {
  try {
    return parse(text) ?? {};
  } catch (error) {
    throw new Error(`${file} is not valid YAML (${(error as Error).message.split("\n")[0]}); fix it before ingesting`, { cause: error });
  }
}

/** The data of a content file through its schema; an error names the file, then each wrong field and what is wrong. */
function validated<S extends z.ZodType>(file: string, schema: S, data: unknown): z.output<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  throw new Error(
    `${file} does not validate; fix it before ingesting:\n${parsed.error.issues.map((issue) => `- ${issueText(issue)}`).join("\n")}`,
  );
}

/** A person, organization or place of the archive: `content/<collection>/<id>.yaml`. */
export function readEntityFile(file: string, collection: EntityCollection): EntityRecord {
  const data = validated(file, entityFileSchemas[collection], parseYaml(file, readFileSync(file, "utf8")));
  return { collection, id: path.basename(file, ".yaml"), ...data };
}

/** An event of the archive: `content/events/<id>.yaml`. */
export function readEventFile(file: string): EventRecord {
  const data = validated(file, eventFileSchema, parseYaml(file, readFileSync(file, "utf8")));
  return { id: path.basename(file, ".yaml"), ...data };
}

/** A report of the archive, from the frontmatter of its `.mdx` file. */
export function readArticleFile(file: string): ArticleRecord {
  const { fence, frontmatter } = splitMdxSource(readFileSync(file, "utf8"));
  const { dateline, dates, ...data } = validated(file, articleFrontmatterSchema, fence === "---" ? parseYaml(file, frontmatter) : {});
  // The schema takes any string as a date's rule; the model names the rules the ingest writes.
  return { id: articleIdFromPath(file), ...data, ...(dateline ? { dateline } : {}), dates: dates as ResolvedDate[] };
}
