import { z } from "astro/zod";
import { displayText, idList, isoDate, paragraphNumber } from "./fields.ts";
import type { ReferenceFactory } from "./references.ts";

/** An event, or a span of days with sub-events: `content/events/<id>.yaml`. */
export function eventSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z
    .object({
      /** What happened, as a short sentence. */
      title: displayText("title is empty; say what happened"),
      /** A sentence or two of context. */
      summary: z.string().default(""),
      /** The day of a one-day event. Use start and end instead for a span. */
      date: isoDate.optional(),
      /** First day of a span. */
      start: isoDate.optional(),
      /** Last day of a span. */
      end: isoDate.optional(),
      /** The kind of action: signing, meeting, arrival, visit, statement, strike, … (read from the verb and its object). */
      action: z.string().min(1).optional(),
      /**
       * `planned` while the reports only announce it ("will fly back on Saturday"); a report that says it happened
       * makes it `happened`. Planned events are never drawn as done.
       */
      status: z.enum(["happened", "planned"], { error: "status is happened or planned" }).default("happened"),
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
        .array(
          z.object({
            article: reference("articles"),
            paragraph: paragraphNumber,
            phrase: z.string().min(1),
            /** True when this report announced it ahead, as a plan ("will sign on Saturday"). */
            announced: z.boolean().optional(),
            /** Why the ingest attached this report to an event another report had made: what the two share. */
            why: z
              .object({
                /** The shared kind of action. */
                action: z.string().min(1).optional(),
                /** The participants both name. */
                people: idList(reference, "people"),
                organizations: idList(reference, "organizations"),
                /** The shared place, at any level (a report in Damascus and one in Syria share Syria). */
                place: reference("places").optional(),
                /** True when the match was weak enough that an editor should check it. */
                unsure: z.boolean().default(false),
              })
              .optional(),
          }),
        )
        .min(1, { error: "an event needs at least one report: the article, paragraph and phrase that support it" }),
      /**
       * Reports that give this happening another day (same action, same parties): kept as their own event and
       * shown on both pages. `event` is the other event, `article` the report that disagrees.
       */
      conflicts: z.array(z.object({ event: reference("events"), article: reference("articles"), note: z.string().min(1) })).default([]),
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
