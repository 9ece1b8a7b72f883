import type { EntityType } from "./entity-kinds.ts";
import type { EntityRecord as StoredEntity } from "./model.ts";

export type { EntityType };

/** One known entity of the archive, as the ingest matches names against it. */
export type EntityRecord = Pick<StoredEntity, "id" | "name" | "aliases" | "originalScript"> & { type: EntityType };
