export type EntityType = "person" | "organization" | "place";

/** One known entity of the archive, as kept in its YAML file. */
export interface EntityRecord {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** The name in its own script (Arabic, Persian), matched exactly after normalising. */
  originalScript: string[];
}
