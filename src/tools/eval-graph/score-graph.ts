/**
 * Scores an ingested archive's event graph and new entities against a hand-written answer key
 * (tests/fixtures/graph/answer-key.yaml). Pure: the runner (run-eval.ts) does the ingesting and the
 * file reading and hands in plain records; nothing here touches the disk.
 */

export type EntityType = "person" | "organization" | "place";

export interface KeyHappening {
  id: string;
  /** YYYY-MM-DD. */
  date: string;
  action: string;
  /** The id of the event already in content/events that records this happening. */
  existing?: string;
  /** True when, in every report that mentions it, the happening lies in the future. */
  planned: boolean;
}

export interface KeyReport {
  file: string;
  /** Happenings the report says happened, dated so that they resolve to the day. */
  states: string[];
  /** Happenings the report announces as plans. */
  announces: string[];
}

export interface KeyName {
  name: string;
  type: EntityType;
  forms: string[];
}

export interface AnswerKey {
  happenings: KeyHappening[];
  reports: KeyReport[];
  names: KeyName[];
}

export interface OutputEventReport {
  /** The corpus file the report's article came from; null for an article that is not in the run. */
  file: string | null;
  announced: boolean;
}

export interface OutputEvent {
  id: string;
  /** `date`, or `start` for a span. */
  date: string;
  status: "happened" | "planned";
  action: string | null;
  /** The event was in the archive before the run. */
  preexisting: boolean;
  reports: OutputEventReport[];
}

export interface OutputEntity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  draft: boolean;
}

export interface Ratio {
  correct: number;
  total: number;
  /** correct / total; null when total is 0. */
  value: number | null;
}

export interface GraphScore {
  pairs: { precision: Ratio; recall: Ratio };
  /** Output events beyond the first that map to one happening. */
  duplicates: number;
  /** Output events that hold corpus reports but map to no happening. */
  junk: number;
  plansAsDone: { events: number; pairs: number; total: number };
  planRecall: Ratio;
  entities: { recall: Ratio; wrongType: number; spurious: number; drafts: number };
  /** Output event id → key happening id (or null), for the events that hold corpus reports or map somewhere. */
  mapping: Record<string, string | null>;
  missedPairs: string[];
  wrongPairs: string[];
  missedNames: string[];
  spuriousNames: string[];
}

function ratio(correct: number, total: number): Ratio {
  return { correct, total, value: total === 0 ? null : correct / total };
}

/** Case, diacritics, punctuation-free spacing: "  Bashar  AL-Assad " and "bashar al-assad" fold alike. */
export function foldName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

interface KeyIndex {
  happenings: Map<string, KeyHappening>;
  states: Map<string, Set<string>>;
  announces: Map<string, Set<string>>;
  /** happening id → files that state it / announce it. */
  statedBy: Map<string, Set<string>>;
  announcedBy: Map<string, Set<string>>;
}

function indexKey(key: AnswerKey): KeyIndex {
  const happenings = new Map(key.happenings.map((happening) => [happening.id, happening]));
  const states = new Map<string, Set<string>>();
  const announces = new Map<string, Set<string>>();
  const statedBy = new Map<string, Set<string>>();
  const announcedBy = new Map<string, Set<string>>();
  const add = (map: Map<string, Set<string>>, from: string, to: string) => {
    const set = map.get(from) ?? new Set<string>();
    set.add(to);
    map.set(from, set);
  };
  for (const report of key.reports) {
    for (const id of report.states) {
      if (!happenings.has(id)) throw new Error(`the key's report ${report.file} states an unknown happening "${id}"`);
      add(states, report.file, id);
      add(statedBy, id, report.file);
    }
    for (const id of report.announces) {
      if (!happenings.has(id)) throw new Error(`the key's report ${report.file} announces an unknown happening "${id}"`);
      add(announces, report.file, id);
      add(announcedBy, id, report.file);
    }
  }
  return { happenings, states, announces, statedBy, announcedBy };
}

/**
 * The key happening an output event records: a pre-existing event through `existing`; otherwise the
 * happening with the same date whose `states` reports overlap the event's reports most, then whose
 * `announces` reports do, then whose action equals the event's. With no overlap and no action in
 * common, none.
 */
export function mapEvent(event: OutputEvent, key: AnswerKey, index: KeyIndex = indexKey(key)): string | null {
  if (event.preexisting) {
    const existing = key.happenings.find((happening) => happening.existing === event.id);
    if (existing) return existing.id;
  }
  const files = new Set(event.reports.flatMap((report) => (report.file === null ? [] : [report.file])));
  const overlap = (of: Set<string> | undefined) => [...files].filter((file) => of?.has(file) ?? false).length;
  let best: { id: string; score: [number, number, number] } | null = null;
  for (const happening of key.happenings) {
    if (happening.date !== event.date) continue;
    const score: [number, number, number] = [
      overlap(index.statedBy.get(happening.id)),
      overlap(index.announcedBy.get(happening.id)),
      event.action !== null && event.action === happening.action ? 1 : 0,
    ];
    if (score.every((part) => part === 0)) continue;
    if (best === null || compareScores(score, best.score) > 0) best = { id: happening.id, score };
  }
  return best?.id ?? null;
}

function compareScores(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < a.length; index++) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

export function scoreGraph(key: AnswerKey, events: readonly OutputEvent[], entities: readonly OutputEntity[]): GraphScore {
  const index = indexKey(key);
  const corpus = new Set(key.reports.map((report) => report.file));
  const mapping: Record<string, string | null> = {};
  const perHappening = new Map<string, number>();
  let junk = 0;
  let plannedEventsShownDone = 0;
  const predicted = new Set<string>();
  const correctPairs = new Set<string>();
  const wrongPairs = new Set<string>();
  const plannedDonePairs = new Set<string>();
  const announcedFound = new Set<string>();

  for (const event of events) {
    const holdsCorpus = event.reports.some((report) => report.file !== null && corpus.has(report.file));
    const happeningId = mapEvent(event, key, index);
    if (happeningId === null && !holdsCorpus) continue;
    mapping[event.id] = happeningId;
    if (happeningId === null) {
      junk++;
    } else {
      perHappening.set(happeningId, (perHappening.get(happeningId) ?? 0) + 1);
      if (event.status === "happened" && index.happenings.get(happeningId)?.planned === true) plannedEventsShownDone++;
    }
    for (const report of event.reports) {
      if (report.file === null || !corpus.has(report.file)) continue;
      if (happeningId !== null && (report.announced || event.status === "planned")) {
        if (index.announces.get(report.file)?.has(happeningId) === true) announcedFound.add(`${report.file} → ${happeningId}`);
      }
      if (event.status !== "happened" || report.announced) continue;
      const pair = `${report.file} → ${happeningId ?? `(no happening: ${event.id})`}`;
      predicted.add(pair);
      if (happeningId !== null && index.states.get(report.file)?.has(happeningId) === true) {
        correctPairs.add(pair);
      } else {
        wrongPairs.add(pair);
        if (happeningId !== null && index.announces.get(report.file)?.has(happeningId) === true) plannedDonePairs.add(pair);
      }
    }
  }

  const keyPairs = key.reports.flatMap((report) => report.states.map((id) => `${report.file} → ${id}`));
  const keyAnnounced = key.reports.flatMap((report) => report.announces.map((id) => `${report.file} → ${id}`));
  const duplicates = [...perHappening.values()].reduce((sum, count) => sum + Math.max(0, count - 1), 0);

  const matches = (entity: OutputEntity, names: readonly string[]) => {
    const folded = new Set(names.map(foldName));
    return [entity.name, ...entity.aliases].some((name) => folded.has(foldName(name)));
  };
  let found = 0;
  let wrongType = 0;
  const missedNames: string[] = [];
  for (const name of key.names) {
    if (entities.some((entity) => entity.type === name.type && matches(entity, [name.name]))) {
      found++;
    } else {
      missedNames.push(`${name.name} (${name.type})`);
      if (entities.some((entity) => entity.type !== name.type && matches(entity, [name.name]))) wrongType++;
    }
  }
  const drafts = entities.filter((entity) => entity.draft);
  const spuriousNames = drafts
    .filter((entity) => !key.names.some((name) => matches(entity, [name.name, ...name.forms])))
    .map((entity) => `${entity.name} (${entity.type})`);

  return {
    pairs: { precision: ratio(correctPairs.size, predicted.size), recall: ratio(correctPairs.size, new Set(keyPairs).size) },
    duplicates,
    junk,
    plansAsDone: {
      events: plannedEventsShownDone,
      pairs: plannedDonePairs.size,
      total: plannedEventsShownDone + plannedDonePairs.size,
    },
    planRecall: ratio(announcedFound.size, new Set(keyAnnounced).size),
    entities: { recall: ratio(found, key.names.length), wrongType, spurious: spuriousNames.length, drafts: drafts.length },
    mapping,
    missedPairs: keyPairs.filter((pair) => !correctPairs.has(pair)),
    wrongPairs: [...wrongPairs],
    missedNames,
    spuriousNames,
  };
}
