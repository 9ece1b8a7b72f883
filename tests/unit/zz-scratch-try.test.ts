import { it } from "vitest";
import { createEntityMatcher } from "../../src/lib/entity-matcher.ts";
import { findNameCandidates } from "../../src/lib/name-candidates.ts";
import { extractQuotes, findCitations } from "../../src/lib/quotes.ts";
import { seedEntities } from "./helpers/seed-entities.ts";
import { seedParagraphs } from "./helpers/seed-report.ts";
it("dumps", () => {
  const m = createEntityMatcher(seedEntities);
  const a = m.analyse(seedParagraphs);
  for (const x of a.mentions) console.log(x.paragraph, x.index, x.id, JSON.stringify(x.text));
  console.log(a.ambiguous);
  console.log(findNameCandidates(seedParagraphs, a.mentions));
  console.log(JSON.stringify(extractQuotes(seedParagraphs, m.resolverFor(seedParagraphs)), null, 1));
  console.log(JSON.stringify(findCitations(seedParagraphs, m.resolve)));
});
