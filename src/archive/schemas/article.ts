import { z } from "astro/zod";
import { displayText, entityLists, idList, isoDate, isoTimestamp, paragraphNumber } from "./fields.ts";
import type { ReferenceFactory } from "./references.ts";

/** The frontmatter of an article: `content/articles/<year>/<slug>.mdx`. */
export function articleSchema<R extends z.ZodType>(reference: ReferenceFactory<R>) {
  return z.object({
    /** Headline as the archive shows it. */
    title: displayText("title is empty; write the headline"),
    /** One-sentence summary for lists, feeds and search results. */
    summary: z.string().default(""),
    /** Publication day of the original report. */
    published: isoDate,
    /**
     * The language the report is written in, as a BCP 47 tag ("en", "ar", "fa"): its page and search index follow
     * it, and Arabic and Persian pages read right to left. The site's language when absent.
     */
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: 'language must be a language tag such as "en", "ar" or "fa"' })
      .optional(),
    /** The place the report was filed from. */
    dateline: reference("places").nullable().default(null),
    /** The dateline exactly as the raw text wrote it, e.g. "TEHRAN -". */
    datelineText: z.string().optional(),
    /** The outlet that published the report, when known. */
    publisher: reference("organizations").optional(),
    /** Signature of the reporters or editors as printed, e.g. "NA/PA". */
    credits: z.string().optional(),
    /** Where the text comes from and how to verify it. */
    source: z.object(
      {
        /** Address of the original report. */
        url: z.url({ error: "source.url must be the full address of the original report, starting with https://" }).optional(),
        /** sha256 (hex) of the raw text, after normalising line ends to LF and removing a byte-order mark. */
        sha256: z.string().regex(/^[0-9a-f]{64}$/, {
          error: "source.sha256 must be 64 lowercase hex digits (run `sha256sum` on the raw file)",
        }),
        /** Day the raw text was retrieved for the archive. */
        retrieved: isoDate.optional(),
        /** The raw file's name when it was ingested. */
        file: z.string().optional(),
        /** The outlet's name as the captured page gives it (`og:site_name`), when no organization of the archive is it. */
        publisherName: z.string().optional(),
        /** The authors as the captured page names them. */
        authors: z.array(z.string().min(1)).optional(),
        /** The publication time as the captured page writes it (ISO 8601 with its offset). */
        publishedAt: isoTimestamp.optional(),
        /** The web capture the report was taken from (a WARC or WACZ record). */
        capture: z
          .object({
            /** `WARC-Target-URI`: the address that was captured. */
            uri: z.string().min(1),
            /** `WARC-Date`: when it was captured (ISO 8601, UTC). */
            capturedAt: isoTimestamp,
            /** `WARC-Record-ID` of the response record. */
            recordId: z.string().min(1),
            /** `WARC-Payload-Digest` of the response record, as the capture wrote it ("sha256:…", "sha1:…"). */
            payloadDigest: z.string().optional(),
            /** The capturing software, from the capture's `warcinfo` record. */
            tool: z.string().optional(),
          })
          .optional(),
        /** The exact input bytes, stored beside the content and published: `originals/<sha256>.<ext>`. */
        original: z
          .object({
            file: z.string().regex(/^originals\/[0-9a-f]{64}\.[a-z0-9.]{1,12}$/, {
              error: "source.original.file must be originals/<sha256>.<ext>, the stored copy of the input",
            }),
            sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: "source.original.sha256 must be 64 lowercase hex digits" }),
            bytes: z.number().int().nonnegative(),
            /** How the input was read: a raw text, a saved page, a WARC, a WACZ or a feed. */
            kind: z.enum(["text", "page", "warc", "wacz", "feed"]),
          })
          .optional(),
      },
      { error: "source is missing; add source: with at least sha256: <64 hex digits of the raw text>" },
    ),
    /** The people, organizations and places the report mentions: one list of ids per entity kind. */
    ...entityLists(reference),
    /** Outlets the report attributes information to, with the paragraph and the words it uses. */
    cites: z.array(z.object({ outlet: reference("organizations"), paragraph: paragraphNumber, phrase: z.string().min(1) })).default([]),
    /** Quoted passages with their speaker and the chain of outlets that reported them, nearest first. */
    quotes: z
      .array(
        z.object({
          /** The quoted words, without the quote marks. */
          text: z.string().min(1),
          /** The paragraph the quote stands in. */
          paragraph: paragraphNumber,
          /** The person quoted, when the archive knows them. */
          speaker: reference("people").optional(),
          /** Who is quoted, when it is not a person of the archive ("the two sides"). */
          speakerName: z.string().optional(),
          /** Outlets the quote is attributed to, nearest first ("al Mayadeen reported", "according to Fars"). */
          reportedBy: idList(reference, "organizations"),
        }),
      )
      .default([]),
    /** Date references resolved from the text against the publication date. */
    dates: z.array(z.object({ text: z.string(), date: isoDate, paragraph: paragraphNumber, rule: z.string() })).default([]),
    /** True while a generated article waits for an editor's review (headline, entities, events). */
    draft: z.boolean().default(false),
  });
}
