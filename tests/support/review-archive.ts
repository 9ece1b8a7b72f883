import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "yaml";
import { splitMdx, writeText } from "./ingest.ts";
import { REPO_ROOT } from "./temp-site.ts";

/** The curated report every fixture below points into (14 paragraphs, published Friday 2020-07-10). */
export const ARTICLE = "syrian-president-says-tehran-damascus-military-agreement-is-result";
export const DRAFT_ARTICLE = "the-pact-was-signed-on-wednesday-state-television-says";
/** The curated event of the signing, and a draft the ingest made of the same signing. */
export const SIGNING = "2020-07-08-iran-syria-military-agreement-signed";
export const DRAFT_SIGNING = "2020-07-08-baqeri-and-ayyoub-sign-agreement";
/** A sub-event of the draft signing, and a draft meeting that only the draft article reports. */
export const SUB_EVENT = "2020-07-08-agreement-text-released";
export const DRAFT_MEETING = "2020-07-09-baqeri-meets-assad";

/** Drafts the ingest could have written, by path in the content folder. */
export const REVIEW_DRAFTS: Record<string, string> = {
  [`articles/2020/${DRAFT_ARTICLE}.mdx`]: `---
title: State TV says the pact was signed on Wednesday
published: 2020-07-10
dateline: damascus
datelineText: "DAMASCUS -"
publisher: state-tv
source:
  sha256: ${"ab".repeat(32)}
people: [general-baqeri, ali-abdullah-ayyoub]
organizations: [state-tv]
places: [damascus]
cites:
  - outlet: state-tv
    paragraph: 1
    phrase: state TV said
quotes:
  - paragraph: 2
    speaker: general-baqeri
    reportedBy: [state-tv, al-mayadeen]
    text: "We will meet again"
draft: true
---

General Baqeri and Ayyoub signed the pact on Wednesday, state TV said.

"We will meet again," General Baqeri told Assad on Thursday.
`,
  "people/general-baqeri.yaml": `name: General Baqeri
aliases: [Baqeri]
draft: true
foundIn:
  - article: ${DRAFT_ARTICLE}
    paragraph: 1
    text: General Baqeri
`,
  "organizations/state-tv.yaml": `name: State TV
kind: broadcaster
draft: true
foundIn:
  - article: ${DRAFT_ARTICLE}
    paragraph: 1
    text: state TV
`,
  "places/dimashq.yaml": `name: Dimashq city
kind: city
country: syria
draft: true
`,
  [`events/${DRAFT_SIGNING}.yaml`]: `# Proposed by the ingest; check the parties.
title: Baqeri and Ayyoub sign agreement
date: 2020-07-08
place: dimashq
people: [general-baqeri, ali-abdullah-ayyoub]
organizations: [state-tv]
action: signing
draft: true
reports:
  - article: ${DRAFT_ARTICLE}
    paragraph: 1
    phrase: on Wednesday
  - article: ${ARTICLE}
    paragraph: 5
    phrase: on Wednesday
    why:
      action: signing
      people: [general-baqeri]
      organizations: []
      unsure: true
`,
  [`events/${SUB_EVENT}.yaml`]: `title: The text of the agreement is released
date: 2020-07-08
parent: ${DRAFT_SIGNING}
people: []
organizations: [state-tv]
draft: true
reports:
  - article: ${ARTICLE}
    paragraph: 6
    phrase: the agreement is aimed at
`,
  [`events/${DRAFT_MEETING}.yaml`]: `title: Baqeri meets Assad
date: 2020-07-09
people: [general-baqeri, bashar-al-assad]
organizations: []
draft: true
reports:
  - article: ${DRAFT_ARTICLE}
    paragraph: 2
    phrase: on Thursday
conflicts:
  - event: ${DRAFT_SIGNING}
    article: ${ARTICLE}
    note: the same talks, dated a day earlier
`,
};

/** Adds the drafts to a content folder. */
export function addReviewDrafts(contentDir: string): void {
  for (const [relative, text] of Object.entries(REVIEW_DRAFTS)) writeText(path.join(contentDir, relative), text);
}

export interface ReviewArchive {
  content: string;
  file(relative: string): string;
  text(relative: string): string;
  /** A YAML file's data, or an article's frontmatter. */
  data(relative: string): Record<string, unknown>;
  exists(relative: string): boolean;
  remove(): void;
}

/** A throw-away copy of the curated archive with the drafts added, for review actions to change. */
export function createReviewArchive(): ReviewArchive {
  const root = mkdtempSync(path.join(tmpdir(), "dossier-review-"));
  const content = path.join(root, "content");
  cpSync(path.join(REPO_ROOT, "content"), content, { recursive: true });
  addReviewDrafts(content);
  const file = (relative: string) => path.join(content, relative);
  const text = (relative: string) => readFileSync(file(relative), "utf8");
  return {
    content,
    file,
    text,
    data: (relative) => parse(relative.endsWith(".mdx") ? splitMdx(text(relative)).frontmatter : text(relative)) as Record<string, unknown>,
    exists: (relative) => existsSync(file(relative)),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The content files (relative paths) whose text names `id` as a whole id, not as part of a longer one. */
export function filesNaming(contentDir: string, id: string): string[] {
  const named = new RegExp(`(?<![\\w-])${id.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\w-])`);
  return readdirSync(contentDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && named.test(readFileSync(path.join(entry.parentPath, entry.name), "utf8")))
    .map((entry) => path.relative(contentDir, path.join(entry.parentPath, entry.name)))
    .sort();
}
