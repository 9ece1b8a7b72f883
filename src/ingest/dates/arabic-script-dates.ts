import type { Weekday } from "../../archive/model.ts";
import type { Mention } from "./mentions.ts";
import { foldLetters } from "../../archive/letter-forms.ts";

/**
 * Date phrases of reports written in Arabic or Persian: weekdays (الأربعاء, يوم الأربعاء, چهارشنبه, روز چهارشنبه)
 * with "last"/"next" (الماضي, المقبل, گذشته, آینده), today/yesterday/tomorrow (اليوم، أمس، غدا / امروز، دیروز،
 * فردا), and full dates in three calendars: Gregorian months by their Egyptian, Levantine or Persian names
 * (يوليو, تموز, ژوئیه), Solar Hijri months (۱۷ تیر ۱۳۹۹, ۱۷ تیرماه ۹۹) and Hijri months (١٦ ذو القعدة ١٤٤١ هـ), with
 * Western, Eastern Arabic or Persian digits. Each phrase is matched in whichever letter forms it is written
 * (ي or ی, ك or ک, ة or ه, the hamza forms of alef, tatweel, harakat, a zero-width non-joiner or a space inside
 * a compound).
 */

export type ArabicScriptMention = Mention;

const MARKS = "[\\u064b-\\u065f\\u0670\\u0640]*";
const VARIANTS: Record<string, string> = {
  ا: "[اأإآٱ]",
  ي: "[يیى]",
  ى: "[ىيی]",
  ی: "[یيى]",
  ك: "[كک]",
  ک: "[کك]",
  ه: "[هةە]",
  ة: "[ةه]",
  أ: "[أاإآ]",
  إ: "[إاأ]",
  آ: "[آا]",
};

/** A word as a pattern that takes every written form of it: letter variants, marks, and a space or ZWNJ for " ". */
function written(word: string): string {
  return [...word]
    .map((letter) => (letter === " " || letter === "\u200c" ? "[\\s\\u200c]*" : `${VARIANTS[letter] ?? letter}${MARKS}`))
    .join("");
}

const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(written)
    .join("|");

/** Not inside a longer word: no letter (or joiner) right before or after. */
const BEFORE = "(?<![\\p{L}\\p{M}\\u200c\\u0640])";
const AFTER = "(?![\\p{L}\\p{M}\\u0640])";
/** One-letter words that attach to the next: "and", "in", "by". */
const ATTACHED = "(?:[وفب]" + MARKS + ")?";

const WEEKDAY_WORDS: [Weekday, string[]][] = [
  ["Sunday", ["الأحد", "الاحد", "یکشنبه", "یک شنبه"]],
  ["Monday", ["الاثنين", "الإثنين", "دوشنبه", "دو شنبه"]],
  ["Tuesday", ["الثلاثاء", "سه شنبه", "سه‌شنبه"]],
  ["Wednesday", ["الأربعاء", "الاربعاء", "چهارشنبه", "چهار شنبه"]],
  ["Thursday", ["الخميس", "پنجشنبه", "پنج شنبه"]],
  ["Friday", ["الجمعة", "جمعه"]],
  ["Saturday", ["السبت", "شنبه"]],
];
const LAST = ["الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة", "گذشته", "پیش"];
const NEXT = ["المقبل", "المقبلة", "القادم", "القادمة", "آینده", "آتی"];
const RELATIVE: ["yesterday" | "today" | "tomorrow", string[]][] = [
  ["yesterday", ["أمس", "امس", "البارحة", "دیروز", "دیشب"]],
  ["today", ["اليوم", "امروز", "امشب"]],
  ["tomorrow", ["غدا", "غداً", "فردا"]],
];
/** "The day before yesterday" and "the day after tomorrow" name other days: not read as yesterday or tomorrow. */
const NOT_RELATIVE_BEFORE = new RegExp(`(?:${alternation(["أول", "اول", "بعد"])})\\s+$`, "u");

const GREGORIAN_MONTHS: string[][] = [
  ["يناير", "كانون الثاني", "ژانویه"],
  ["فبراير", "شباط", "فوریه"],
  ["مارس", "آذار"],
  ["أبريل", "ابريل", "نيسان", "آوریل"],
  ["مايو", "أيار", "ايار", "مه", "می"],
  ["يونيو", "يونيه", "حزيران", "ژوئن"],
  ["يوليو", "يوليه", "تموز", "ژوئیه", "جولای"],
  ["أغسطس", "اغسطس", "آب", "اوت", "آگوست"],
  ["سبتمبر", "أيلول", "ايلول", "سپتامبر"],
  ["أكتوبر", "اكتوبر", "تشرين الأول", "اکتبر"],
  ["نوفمبر", "تشرين الثاني", "نوامبر"],
  ["ديسمبر", "كانون الأول", "دسامبر"],
];
const SOLAR_HIJRI_MONTHS: string[][] = [
  ["فروردین"],
  ["اردیبهشت"],
  ["خرداد"],
  ["تیر"],
  ["مرداد", "امرداد"],
  ["شهریور"],
  ["مهر"],
  ["آبان"],
  ["آذر"],
  ["دی"],
  ["بهمن"],
  ["اسفند"],
];
const HIJRI_MONTHS: string[][] = [
  ["محرم", "المحرم"],
  ["صفر"],
  ["ربيع الأول", "ربيع الاول", "ربيع الأوّل"],
  ["ربيع الثاني", "ربيع الآخر", "ربيع الاخر"],
  ["جمادى الأولى", "جمادى الاولى", "جمادى الأول", "جمادی الاول"],
  ["جمادى الآخرة", "جمادى الاخرة", "جمادى الثانية", "جمادی الثانی"],
  ["رجب"],
  ["شعبان"],
  ["رمضان"],
  ["شوال"],
  ["ذو القعدة", "ذي القعدة", "ذوالقعده", "ذی القعده", "ذیقعده"],
  ["ذو الحجة", "ذي الحجة", "ذوالحجه", "ذی الحجه", "ذیحجه"],
];

const DIGIT = "[0-9\\u0660-\\u0669\\u06f0-\\u06f9]";
const DAY = `(${DIGIT}{1,2})`;
const YEAR = `(${DIGIT}{4}|${DIGIT}{2})`;
const SPACE = "[\\s\\u200c]*";

const monthPattern = (months: string[][]) => months.map((names) => `(${alternation(names)})`).join("|");

interface CalendarForm {
  kind: "calendar" | "solar-hijri" | "hijri";
  months: string[][];
  /** What may follow the month before the year: "ماه" in "تیرماه"; and after the year, its era. */
  monthSuffix?: string;
  era: string;
}

const CALENDARS: CalendarForm[] = [
  { kind: "solar-hijri", months: SOLAR_HIJRI_MONTHS, monthSuffix: written("ماه"), era: alternation(["هجری شمسی", "ه‍.ش", "ه.ش", "شمسی"]) },
  { kind: "hijri", months: HIJRI_MONTHS, era: alternation(["هجري قمري", "هجرية", "هجري", "هـ", "ه‍.ق", "ه.ق", "قمری", "ه"]) },
  { kind: "calendar", months: GREGORIAN_MONTHS, era: alternation(["ميلادية", "ميلادي", "میلادی", "م"]) },
];

function calendarPattern(form: CalendarForm): RegExp {
  const suffix = form.monthSuffix ? `(?:${SPACE}${form.monthSuffix})?` : "";
  // Day, month (its number is the group that matched), an optional "of the year" and year, an optional era.
  return new RegExp(
    `${BEFORE}${DAY}\\s*(?:${monthPattern(form.months)})${suffix}${AFTER}(?:\\s*(?:${written("سال")}\\s*|${written("عام")}\\s*)?${YEAR}(?:\\s*(?:${form.era}))?${AFTER})?`,
    "gu",
  );
}
const CALENDAR_PATTERNS = CALENDARS.map((form) => ({ form, pattern: calendarPattern(form) }));

const WEEKDAY_PATTERN = new RegExp(
  `${BEFORE}${ATTACHED}(?:(?:${alternation(["يوم", "روز"])})\\s+)?(?:${WEEKDAY_WORDS.map(([, words]) => `(${alternation(words)})`).join("|")})${AFTER}(?:\\s+(?:(${alternation(LAST)})|(${alternation(NEXT)}))${AFTER})?`,
  "gu",
);
const RELATIVE_PATTERN = new RegExp(
  `${BEFORE}${ATTACHED}(?:${RELATIVE.map(([, words]) => `(${alternation(words)})`).join("|")})${AFTER}`,
  "gu",
);
/** Between two phrases of a range: "from Tuesday to Thursday", "between Tuesday and Thursday". */
const RANGE_BETWEEN = new RegExp(`^\\s*(?:${alternation(["تا", "إلى", "الى", "حتى", "و"])}|[-–—])\\s*$`, "u");

/** A number written in any digits, as a number. */
export function digitsValue(text: string): number {
  return Number(foldLetters(text));
}

function groupIndex(match: RegExpMatchArray, from: number, count: number): number {
  for (let i = 0; i < count; i++) if (match[from + i] !== undefined) return i;
  return -1;
}

function fullYear(kind: CalendarForm["kind"], written: string | undefined): number | null {
  if (written === undefined) return null;
  const value = digitsValue(written);
  if (written.length === 4 || value >= 100) return value;
  // Two digits: "۹۹" is 1399 in the Solar Hijri calendar, "20" 2020 in the Gregorian; the century nearest now.
  if (kind === "solar-hijri") return value >= 50 ? 1300 + value : 1400 + value;
  if (kind === "hijri") return value >= 50 ? 1300 + value : 1400 + value;
  return value >= 50 ? 1900 + value : 2000 + value;
}

function calendarMentions(paragraph: string): ArabicScriptMention[] {
  return CALENDAR_PATTERNS.flatMap(({ form, pattern }) =>
    [...paragraph.matchAll(pattern)].flatMap((match): ArabicScriptMention[] => {
      const day = digitsValue(match[1]!);
      const month = groupIndex(match, 2, form.months.length) + 1;
      const year = fullYear(form.kind, match[2 + form.months.length]);
      if (day < 1 || day > 31 || month < 1) return [];
      const text = match[0].replace(/\s+$/u, "");
      return [{ kind: form.kind, year, month, day, text, index: match.index, continuesRange: false }];
    }),
  );
}

function weekdayMentions(paragraph: string): ArabicScriptMention[] {
  return [...paragraph.matchAll(WEEKDAY_PATTERN)].map((match): ArabicScriptMention => {
    const weekday = WEEKDAY_WORDS[groupIndex(match, 1, WEEKDAY_WORDS.length)]![0];
    const after = 1 + WEEKDAY_WORDS.length;
    const modifier = match[after] !== undefined ? "last" : match[after + 1] !== undefined ? "next" : null;
    return { kind: "weekday", weekday, modifier, text: match[0], index: match.index, continuesRange: false };
  });
}

function relativeMentions(paragraph: string): ArabicScriptMention[] {
  return [...paragraph.matchAll(RELATIVE_PATTERN)].flatMap((match): ArabicScriptMention[] => {
    if (NOT_RELATIVE_BEFORE.test(paragraph.slice(0, match.index))) return [];
    const rule = RELATIVE[groupIndex(match, 1, RELATIVE.length)]![0];
    return [{ kind: "relative-day", rule, text: match[0], index: match.index, continuesRange: false }];
  });
}

const end = (mention: { text: string; index: number }) => mention.index + mention.text.length;
const overlaps = (a: ArabicScriptMention, b: ArabicScriptMention) => a.index < end(b) && b.index < end(a);

/**
 * Every date phrase of a paragraph written in Arabic script, in order. A weekday right before a full date
 * ("الثلاثاء 7 تموز", "سه‌شنبه ۱۷ تیر") is part of that date, "today" right before a weekday ("اليوم الخميس")
 * names the day the writer is in, and the second phrase of "from … to …" continues a range.
 */
export function arabicScriptMentions(paragraph: string): ArabicScriptMention[] {
  const calendar = calendarMentions(paragraph);
  const found: ArabicScriptMention[] = [...calendar];
  for (const weekday of weekdayMentions(paragraph)) {
    if (calendar.some((date) => overlaps(date, weekday))) continue;
    const date = calendar.find((other) => other.index >= end(weekday) && /^[\s,،-]*$/u.test(paragraph.slice(end(weekday), other.index)));
    if (date) {
      date.text = paragraph.slice(weekday.index, end(date));
      date.index = weekday.index;
      continue;
    }
    found.push(weekday);
  }
  for (const relative of relativeMentions(paragraph)) {
    if (found.some((other) => overlaps(other, relative))) continue;
    const weekday = found.find((other) => other.kind === "weekday" && /^[\s,،(]*$/u.test(paragraph.slice(end(relative), other.index)));
    if (relative.kind === "relative-day" && relative.rule === "today" && weekday?.kind === "weekday") {
      found.splice(found.indexOf(weekday), 1, {
        kind: "today-weekday",
        weekday: weekday.weekday,
        text: paragraph.slice(relative.index, end(weekday)),
        index: relative.index,
        continuesRange: false,
      });
      continue;
    }
    found.push(relative);
  }
  const ordered = found.sort((a, b) => a.index - b.index);
  ordered.forEach((mention, i) => {
    const previous = ordered[i - 1];
    if (!previous) return;
    const between = paragraph.slice(end(previous), mention.index);
    // "والخميس": the "and" of "Tuesday and Thursday" is written onto the second weekday.
    const joined = /^\s+$/u.test(between) && mention.text.startsWith("و") && mention.kind === "weekday";
    if (RANGE_BETWEEN.test(between) || joined) mention.continuesRange = true;
  });
  return ordered;
}
