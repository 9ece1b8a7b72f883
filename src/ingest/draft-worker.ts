import { parentPort, workerData } from "node:worker_threads";
import { createEntityMatcher, type KnownEntity } from "./names/entity-matcher.ts";
import { draftInput } from "./draft-report.ts";
import type { IngestInput } from "./sources/captured-inputs.ts";
import type { DraftOptions } from "./drafting/article-draft.ts";

interface WorkerSetup {
  entities: KnownEntity[];
  cityIds: string[];
  options: DraftOptions;
}

const setup = workerData as WorkerSetup;
const environment = {
  matcher: createEntityMatcher(setup.entities),
  entities: new Map(setup.entities.map((entity) => [entity.id, entity])),
  cityIds: new Set(setup.cityIds),
};

parentPort!.on("message", ({ position, input }: { position: number; input: IngestInput }) => {
  parentPort!.postMessage({ position, outcome: draftInput(input, environment, setup.options) });
});
