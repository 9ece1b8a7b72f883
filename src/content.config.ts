import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { articleSchema } from "./archive/schemas/article.ts";
import { organizationSchema, personSchema, placeSchema } from "./archive/schemas/entities.ts";
import { eventSchema } from "./archive/schemas/event.ts";
import { mdxArticles } from "./site/body/mdx-articles-loader.ts";
import { articleIdFromPath } from "./archive/slugs.ts";
import { siteConfig } from "./site/site-config.ts";

const { contentDir } = siteConfig(process.env);

/**
 * Every collection of the archive. Fields are declared, with a one-line doc each, in src/archive/schemas/;
 * the same schemas validate what the ingest command writes.
 */
export const collections = {
  people: defineCollection({ loader: glob({ pattern: "*.yaml", base: `./${contentDir}/people` }), schema: personSchema }),
  organizations: defineCollection({
    loader: glob({ pattern: "*.yaml", base: `./${contentDir}/organizations` }),
    schema: organizationSchema,
  }),
  places: defineCollection({ loader: glob({ pattern: "*.yaml", base: `./${contentDir}/places` }), schema: placeSchema(reference) }),
  articles: defineCollection({
    loader: mdxArticles({ pattern: "**/*.mdx", base: `./${contentDir}/articles`, generateId: ({ entry }) => articleIdFromPath(entry) }),
    schema: articleSchema(reference),
  }),
  events: defineCollection({ loader: glob({ pattern: "**/*.yaml", base: `./${contentDir}/events` }), schema: eventSchema(reference) }),
};
