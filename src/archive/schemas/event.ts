import { z } from "astro/zod";
import { idList, isoDate, paragraphNumber } from "./fields.ts";
import type { ReferenceFactory } from "./references.ts";

/** An event, or a span of days with sub-events: `content/events/<id>.yaml`. */
export function eventSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z
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
      people: idList(reference, "people"),
      /** Organizations that took part. */
      organizations: idList(reference, "organizations"),
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
    });
}
