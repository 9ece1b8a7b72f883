import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { ENTITY_COLLECTIONS, type EntityCollection } from "./archive/entity-kinds.ts";
import { articleSchema } from "./archive/schemas/article.ts";
import { ENTITY_SCHEMAS } from "./archive/schemas/entities.ts";
import { eventSchema } from "./archive/schemas/event.ts";
import { articleIdFromPath } from "./archive/slugs.ts";
import { mdxArticles } from "./site/body/mdx-articles-loader.ts";
import { siteConfig } from "./site/site-config.ts";

const { contentDir } = siteConfig(process.env);

type EntitySchema<C extends EntityCollection> = ReturnType<(typeof ENTITY_SCHEMAS)[C]>;

/** One collection per entity kind of the table (src/archive/entity-kinds.ts): `content/<collection>/<id>.yaml`. */
const entityCollections = Object.fromEntries(
  ENTITY_COLLECTIONS.map((collection) => [
    collection,
    defineCollection({
      loader: glob({ pattern: "*.yaml", base: `./${contentDir}/${collection}` }),
      schema: ENTITY_SCHEMAS[collection](reference),
    }),
  ]),
) as unknown as { [C in EntityCollection]: { loader: ReturnType<typeof glob>; schema: EntitySchema<C> } };

/**
 * Every collection of the archive. Fields are declared, with a one-line doc each, in src/archive/schemas/;
 * the same schemas validate what the ingest command writes.
 */
export const collections = {
  ...entityCollections,
  articles: defineCollection({
    loader: mdxArticles({ pattern: "**/*.mdx", base: `./${contentDir}/articles`, generateId: ({ entry }) => articleIdFromPath(entry) }),
    schema: articleSchema(reference),
  }),
  events: defineCollection({ loader: glob({ pattern: "**/*.yaml", base: `./${contentDir}/events` }), schema: eventSchema(reference) }),
};
