import { defineCollection, reference } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { entityFields, isoDate, paragraphNumber } from "./schemas/fields.ts";

type EntryCollection = "people" | "organizations" | "places";

/** A list of entry ids, e.g. `people: [mohammad-bagheri, ali-abdullah-ayyoub]`, that must each name a file of the collection. */
function idList(collection: EntryCollection) {
  return z
    .array(reference(collection), {
      error: `expected a list of ids of content/${collection}/ files, written like [first-id, second-id] (an empty list is [])`,
    })
    .default([]);
}
import { articleIdFromPath } from "./lib/slugs.ts";

const people = defineCollection({
  loader: glob({ pattern: "*.yaml", base: "./content/people" }),
  schema: z.object({
    ...entityFields,
    /** Office or function at the time of the reports, e.g. "President of Syria". */
    role: z.string().default(""),
    /** Rank or honorific used in the reports, e.g. "Major General". */
    title: z.string().optional(),
  }),
});

const organizations = defineCollection({
  loader: glob({ pattern: "*.yaml", base: "./content/organizations" }),
  schema: z.object({
    ...entityFields,
    /** What kind of body it is: newspaper, news agency, ministry, military, … */
    kind: z.string().default("organization"),
  }),
});

const places = defineCollection({
  loader: glob({ pattern: "*.yaml", base: "./content/places" }),
  schema: z.object({
    ...entityFields,
    /** city, country, region, … */
    kind: z.string().default("place"),
    /** The country a city or region lies in. */
    country: reference("places").optional(),
  }),
});

const articles = defineCollection({
  loader: glob({ pattern: "**/*.mdx", base: "./content/articles", generateId: ({ entry }) => articleIdFromPath(entry) }),
  schema: z.object({
    /** Headline as the archive shows it. */
    title: z.string().min(1, { error: "title is empty; write the headline" }),
    /** One-sentence summary for lists, feeds and search results. */
    summary: z.string().default(""),
    /** Publication day of the original report. */
    published: isoDate,
    /** The place the report was filed from. */
    dateline: reference("places").nullable().default(null),
    /** The dateline exactly as the raw text wrote it, e.g. "TEHRAN -". */
    datelineText: z.string().optional(),
    /** The outlet that published the report. */
    publisher: reference("organizations"),
    /** Signature of the reporters or editors as printed, e.g. "NA/PA". */
    credits: z.string().optional(),
    /** Where the text comes from and how to verify it. */
    source: z.object({
      /** Address of the original report. */
      url: z.url({ error: "source.url must be the full address of the original report, starting with https://" }),
      /** sha256 (hex) of the raw text, after normalising line ends to LF and removing a byte-order mark. */
      sha256: z
        .string()
        .regex(/^[0-9a-f]{64}$/, { error: "source.sha256 must be 64 lowercase hex digits (run `sha256sum` on the raw file)" }),
      /** Day the raw text was retrieved for the archive. */
      retrieved: isoDate.optional(),
    }),
    /** People the report mentions. */
    people: idList("people"),
    /** Organizations the report mentions. */
    organizations: idList("organizations"),
    /** Places the report mentions. */
    places: idList("places"),
    /** Outlets the report attributes information to, with the paragraph and the words it uses. */
    cites: z
      .array(z.object({ outlet: reference("organizations"), paragraph: paragraphNumber, phrase: z.string().min(1) }))
      .default([]),
    /** Quoted passages with their speaker and the chain of outlets that reported them, nearest first. */
    quotes: z
      .array(
        z.object({
          /** The quoted words, without the quote marks. */
          text: z.string().min(1),
          paragraph: paragraphNumber,
          /** The person quoted, when the archive knows them. */
          speaker: reference("people").optional(),
          /** Who is quoted, when it is not a person of the archive ("the two sides"). */
          speakerName: z.string().optional(),
          /** Outlets the quote is attributed to, nearest first ("al Mayadeen reported", "according to Fars"). */
          reportedBy: idList("organizations"),
        }),
      )
      .default([]),
    /** Date references resolved from the text against the publication date. */
    dates: z
      .array(z.object({ text: z.string(), date: isoDate, paragraph: paragraphNumber, rule: z.string() }))
      .default([]),
    /** True while a generated article waits for an editor's review (headline, entities, events). */
    draft: z.boolean().default(false),
  }),
});

const events = defineCollection({
  loader: glob({ pattern: "**/*.yaml", base: "./content/events" }),
  schema: z
    .object({
      /** What happened, as a short sentence. */
      title: z.string().min(1, { error: "title is empty; say what happened" }),
      /** A sentence or two of context. */
      summary: z.string().default(""),
      /** The day of a one-day event. Use start and end instead for a span. */
      date: isoDate.optional(),
      /** First day of a span. */
      start: isoDate.optional(),
      /** Last day of a span. */
      end: isoDate.optional(),
      /** The span this event is part of (a day of a visit). */
      parent: reference("events").optional(),
      /** Where it happened. */
      place: reference("places").optional(),
      /** People who took part. */
      people: idList("people"),
      /** Organizations that took part. */
      organizations: idList("organizations"),
      /** The articles that report it: the paragraph that supports it and the phrase as stated ("on Tuesday"). */
      reports: z
        .array(z.object({ article: reference("articles"), paragraph: paragraphNumber, phrase: z.string().min(1) }))
        .min(1, { error: "an event needs at least one report: the article, paragraph and phrase that support it" }),
      /** True while a generated event waits for an editor's review. */
      draft: z.boolean().default(false),
    })
    .superRefine((event, ctx) => {
      if (event.date && (event.start || event.end)) {
        ctx.addIssue({ code: "custom", path: ["date"], message: "give either date (one day) or start and end (a span), not both" });
      } else if (!event.date && !event.start) {
        ctx.addIssue({ code: "custom", path: ["date"], message: "missing; add date: YYYY-MM-DD, or start and end for a span" });
      } else if (event.end && !event.start) {
        ctx.addIssue({ code: "custom", path: ["start"], message: "a span needs a start; add start: YYYY-MM-DD" });
      } else if (event.start && event.end && event.end < event.start) {
        ctx.addIssue({ code: "custom", path: ["end"], message: `end ${event.end} is before start ${event.start}; swap them` });
      }
    })
    .transform(({ date, start, end, ...rest }) => {
      const first = (date ?? start) as string;
      return { ...rest, start: first, end: end ?? first, dateField: date ? ("date" as const) : ("start" as const) };
    }),
});

export const collections = { people, organizations, places, articles, events };
