/**
 * A deterministic synthetic archive for benchmarks: a pool of entities with spelling variants, and raw wire
 * reports that name them, state dates in the ways news does, quote people and cite outlets.
 */

export interface SyntheticEntity {
  id: string;
  folder: "people" | "organizations" | "places";
  name: string;
  aliases: string[];
  kind?: string;
  /** A place's coordinates in decimal degrees. */
  lat?: number;
  lon?: number;
}

export interface SyntheticReport {
  name: string;
  text: string;
}

/** mulberry32: a small, fast, seedable generator, so every run writes the same archive. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const GIVEN = [
  "Mohammad",
  "Ali",
  "Hassan",
  "Reza",
  "Omar",
  "Karim",
  "Samir",
  "Nabil",
  "Yusuf",
  "Hamid",
  "Faisal",
  "Tariq",
  "Walid",
  "Bashir",
  "Khalil",
  "Rami",
  "Ziad",
  "Fuad",
  "Adel",
  "Majid",
];
const FAMILY: [string, string][] = [
  ["Bagheri", "Baqeri"],
  ["Ayyoub", "Ayoub"],
  ["Hosseini", "Husseini"],
  ["Mousavi", "Musawi"],
  ["Rahimi", "Raheemi"],
  ["Haddad", "Hadad"],
  ["Qassem", "Kassem"],
  ["Nasrallah", "Nasrallah"],
  ["Shamkhani", "Shamkhaani"],
  ["Jaafari", "Jafari"],
  ["Khoury", "Khouri"],
  ["Mikdad", "Miqdad"],
  ["Zarif", "Zareef"],
  ["Salehi", "Salihi"],
  ["Abbasi", "Abasi"],
  ["Tehrani", "Tahrani"],
  ["Karimi", "Kareemi"],
  ["Sadeghi", "Sadeqi"],
  ["Gholami", "Qolami"],
  ["Mahmoudi", "Mahmudi"],
];
// The cities the reports are filed from, with their GeoNames coordinates, so the bench's pages draw their maps.
const CITY_COORDINATES: Record<string, [lat: number, lon: number]> = {
  Tehran: [35.69439, 51.42151],
  Damascus: [33.5102, 36.29128],
  Beirut: [33.89332, 35.50157],
  Baghdad: [33.34058, 44.40088],
  Cairo: [30.06263, 31.24967],
  Amman: [31.95522, 35.94503],
  Doha: [25.28545, 51.53096],
  Muscat: [23.58413, 58.40778],
  Ankara: [39.91987, 32.85427],
  Moscow: [55.75222, 37.61556],
  Aleppo: [36.20124, 37.16117],
  Basra: [30.50852, 47.7804],
  Isfahan: [32.65246, 51.67462],
  Mashhad: [36.31559, 59.56796],
  Latakia: [35.53168, 35.79011],
  Homs: [34.72682, 36.72339],
  Tabriz: [38.08, 46.2919],
  Shiraz: [29.61031, 52.53113],
  Erbil: [36.18333, 44.01193],
  Sidon: [33.55751, 35.37148],
};
const CITIES = Object.keys(CITY_COORDINATES);
const OUTLETS = [
  "Wire Press",
  "Levant Agency",
  "Gulf Daily",
  "Capital Times",
  "Orient Radio",
  "Riverside News",
  "Northern Herald",
  "Desert Broadcast",
  "Harbor Tribune",
  "Cedar Monitor",
];
const BODIES = [
  "Ministry of Defense",
  "Foreign Ministry",
  "Oil Ministry",
  "Central Bank",
  "Red Crescent",
  "Health Ministry",
  "Trade Council",
  "Energy Authority",
  "Port Authority",
  "Water Board",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const ACTIONS = ["met", "held talks with", "signed a memorandum with", "received", "visited the offices of", "telephoned"];
const TOPICS = [
  "trade",
  "energy cooperation",
  "border security",
  "reconstruction",
  "water rights",
  "air transport",
  "grain supplies",
  "electricity exports",
  "customs rules",
  "refugee returns",
  "oil shipments",
  "banking links",
];
const FILLER = [
  "officials",
  "described",
  "the",
  "talks",
  "as",
  "constructive",
  "and",
  "said",
  "further",
  "meetings",
  "would",
  "follow",
  "in",
  "the",
  "coming",
  "weeks",
  "while",
  "analysts",
  "noted",
  "that",
  "previous",
  "rounds",
  "had",
  "stalled",
  "over",
  "funding",
  "and",
  "timing",
  "of",
  "projects",
  "across",
  "the",
  "region",
];

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
}

/** The entity pool: people with a spelling variant each, cities, outlets and government bodies. */
export function syntheticEntities(): SyntheticEntity[] {
  const people = FAMILY.flatMap(([family, variant], i) =>
    [0, 1].map((j) => {
      const given = GIVEN[(i * 2 + j) % GIVEN.length]!;
      return {
        id: slug(`${given} ${family}`),
        folder: "people" as const,
        name: `${given} ${family}`,
        aliases: [family, variant, `${given} ${variant}`],
      };
    }),
  );
  const places = CITIES.map((city) => {
    const [lat, lon] = CITY_COORDINATES[city]!;
    return { id: slug(city), folder: "places" as const, name: city, aliases: [], kind: "city", lat, lon };
  });
  const outlets = OUTLETS.map((name) => ({ id: slug(name), folder: "organizations" as const, name, aliases: [], kind: "news agency" }));
  const bodies = BODIES.map((name) => ({ id: slug(name), folder: "organizations" as const, name, aliases: [], kind: "government body" }));
  return [...people, ...places, ...outlets, ...bodies];
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `count` raw reports, published over 2018–2023, 3 to 24 paragraphs long. */
export function syntheticReports(count: number, seed = 2020): SyntheticReport[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const entities = syntheticEntities();
  const people = entities.filter((e) => e.folder === "people");
  const reports: SyntheticReport[] = [];
  const start = Date.UTC(2018, 0, 1);
  const spanDays = 6 * 365;
  for (let n = 0; n < count; n++) {
    const published = new Date(start + Math.floor(next() * spanDays) * 86_400_000);
    const weekdayBack = 1 + Math.floor(next() * 5);
    const stated = new Date(published.getTime() - weekdayBack * 86_400_000);
    const phrase = pick([
      `on ${WEEKDAYS[stated.getUTCDay()]}`,
      "yesterday",
      `on ${MONTHS[stated.getUTCMonth()]} ${stated.getUTCDate()}`,
      `last ${WEEKDAYS[stated.getUTCDay()]}`,
    ]);
    const city = pick(CITIES);
    const [a, b] = [pick(people), pick(people)];
    const spell = (person: SyntheticEntity) => (next() < 0.3 ? person.aliases[2]! : next() < 0.5 ? person.aliases[1]! : person.name);
    const outlet = pick(OUTLETS);
    const topic = pick(TOPICS);
    const paragraphs = [
      `${city.toUpperCase()} - ${spell(a)} ${pick(ACTIONS)} ${spell(b)} in ${city} ${phrase} to discuss ${topic}, ${outlet} reported.`,
      `“The talks on ${topic} were useful and we agreed to continue them,” ${a.aliases[0]} said after the meeting.`,
      `According to the ${pick(BODIES)}, the two sides reviewed ${pick(TOPICS)} and ${pick(TOPICS)}.`,
    ];
    const extra = Math.floor(next() * 22);
    for (let p = 0; p < extra; p++) {
      const words = Array.from({ length: 20 + Math.floor(next() * 60) }, () => pick(FILLER)).join(" ");
      paragraphs.push(`${words[0]!.toUpperCase()}${words.slice(1)}.`);
    }
    const credits = `${String.fromCharCode(65 + (n % 26))}${String.fromCharCode(65 + ((n * 7) % 26))}/PA`;
    reports.push({
      name: `report-${String(n + 1).padStart(5, "0")}.txt`,
      text: `date ${isoDay(published)} ${paragraphs.join("\n\n")}\n\n${credits}\n`,
    });
  }
  return reports;
}
