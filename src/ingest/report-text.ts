import path from "node:path";
import type { IngestResult } from "./ingest-result.ts";

const BAR_WIDTH = 24;

/** One line of a terminal progress bar, redrawn in place. */
export function progressLine(done: number, total: number, current: string): string {
  const filled = Math.round((done / total) * BAR_WIDTH);
  return `\r[${"#".repeat(filled)}${".".repeat(BAR_WIDTH - filled)}] ${done}/${total} ${path.basename(current).slice(0, 40).padEnd(40)}`;
}

/** The human-readable report of one input. */
export function formatResult(result: IngestResult, cwd: string): string {
  const where = (file: string | null) => (file ? path.relative(cwd, file) : "");
  if (!result.ok) return `✗ ${result.error}`;
  const verb = { written: "wrote", "would-write": "would write", exists: "already in the archive as", failed: "" }[result.status];
  const lines = [`✓ ${result.input}: ${verb} ${where(result.output)}${result.status === "exists" ? "" : " (draft for review)"}`];
  lines.push(`    published ${result.published} · dateline ${result.dateline ?? "none recognised"}`);
  if (result.dates.length)
    lines.push(`    dates: ${result.dates.map((d) => `“${d.text}” → ${d.date} (¶${d.paragraph}, ${d.rule})`).join("; ")}`);
  if (result.entities.length)
    lines.push(
      `    linked: ${result.entities.map((e) => `${e.name} (${e.type}${e.text !== e.name ? `, as “${e.text}”` : ""})`).join(", ")}`,
    );
  if (result.events.length) lines.push(`    events: ${result.events.map((e) => `${e.action} ${e.id}`).join("; ")}`);
  for (const warning of result.warnings) lines.push(`    ⚠ ${warning}`);
  if (result.drafts.length)
    lines.push(`    draft entities: ${result.drafts.map((d) => `${d.action} ${path.relative(process.cwd(), d.file) || d.id}`).join("; ")}`);
  // A place the gazetteer does not hold goes unmentioned; one it could have guessed at says why it did not.
  const located = result.drafts.flatMap(({ id, coordinates }) =>
    coordinates && ("lat" in coordinates || coordinates.ambiguous) ? [{ id, coordinates }] : [],
  );
  if (located.length)
    lines.push(
      `    coordinates: ${located
        .map(({ id, coordinates }) =>
          "lat" in coordinates
            ? `${id} proposed ${coordinates.lat}, ${coordinates.lon} (GeoNames ${coordinates.geonames}; check them, then review accept)`
            : `${id} none proposed, ${coordinates.none}`,
        )
        .join("; ")}`,
    );
  return lines.join("\n");
}

/** The closing line of a batch. */
export function formatSummary(results: IngestResult[], dryRun: boolean): string {
  const count = (status: IngestResult["status"]) => results.filter((r) => r.status === status).length;
  const parts = [
    `${count(dryRun ? "would-write" : "written")} ${dryRun ? "would be written" : "written"}`,
    `${count("exists")} already in the archive`,
    `${count("failed")} failed`,
  ];
  return `${results.length} input(s): ${parts.join(", ")}.`;
}
