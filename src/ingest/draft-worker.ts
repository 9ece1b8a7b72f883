import { parentPort, workerData } from "node:worker_threads";
import { createEntityMatcher, type KnownEntity } from "./names/entity-matcher.ts";
import { draftReport, type IngestOptions } from "./ingest-report.ts";

interface WorkerSetup {
  entities: KnownEntity[];
  cityIds: string[];
  options: Pick<IngestOptions, "publisher" | "sourceUrl">;
}

const setup = workerData as WorkerSetup;
const environment = {
  matcher: createEntityMatcher(setup.entities),
  entities: new Map(setup.entities.map((entity) => [entity.id, entity])),
  cityIds: new Set(setup.cityIds),
};

parentPort!.on("message", ({ position, input }: { position: number; input: string }) => {
  parentPort!.postMessage({ position, outcome: draftReport(input, environment, setup.options) });
});
