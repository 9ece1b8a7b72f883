import type { EntityType } from "../../src/archive/entity-kinds.ts";
import type { KnownEntity } from "../../src/ingest/names/entity-matcher.ts";

function entity(type: EntityType, id: string, name: string, aliases: string[] = [], originalScript: string[] = []): KnownEntity {
  return { id, type, name, aliases, originalScript };
}

/** The known entities of the first seed report, as their YAML files describe them. */
export const seedEntities: readonly KnownEntity[] = [
  entity("person", "bashar-al-assad", "Bashar al-Assad", ["Assad", "al-Assad", "Bashar Assad", "President Assad"], ["بشار الأسد"]),
  entity(
    "person",
    "mohammad-bagheri",
    "Mohammad Bagheri",
    ["Bagheri", "Baqeri", "Muhammad Baqeri", "Mohammad Baqeri", "General Bagheri"],
    ["محمد باقری"],
  ),
  entity("person", "ali-abdullah-ayyoub", "Ali Abdullah Ayyoub", ["Ayyoub", "Ayoub", "Ali Ayoub", "General Ayyoub"], ["علي عبد الله أيوب"]),
  entity("organization", "al-mayadeen", "Al Mayadeen", ["al Mayadeen", "al-Mayadeen", "Mayadeen"]),
  entity("organization", "irib", "IRIB", ["Islamic Republic of Iran Broadcasting"]),
  entity("organization", "fars-news-agency", "Fars News Agency", ["Fars", "Fars news agency"]),
  entity("organization", "tehran-times", "Tehran Times"),
  entity("organization", "armed-forces-of-iran", "Armed Forces of the Islamic Republic of Iran", [
    "Iran’s Armed Forces",
    "Iranian Armed Forces",
  ]),
  entity("organization", "syrian-ministry-of-defense", "Syrian Ministry of Defense", ["Syrian Defense Ministry"]),
  entity("place", "tehran", "Tehran"),
  entity("place", "damascus", "Damascus"),
  entity("place", "iran", "Iran", ["Islamic Republic of Iran"]),
  entity("place", "syria", "Syria"),
  entity("place", "united-states", "United States", ["U.S.", "US", "United States", "America"]),
];

/** A second person who shares the general's surname, to prove the two are never merged. */
export const hosseinBagheri: KnownEntity = entity("person", "hossein-bagheri", "Hossein Bagheri");
