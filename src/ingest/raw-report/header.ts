import * as chrono from "chrono-node";
import { RawReportError } from "./error.ts";

export interface Header {
  /** YYYY-MM-DD. */
  published: string;
  /** The rest of the file, from the first character of the article (on the header's own line, or a later one). */
  body: string;
}

const HEADER_KEYWORD = /^\s*date(?=[ \t\n]|$)/i;
const HEADER_WITH_DATE = /^\s*date[ \t]+(\d{4})-(\d{2})-(\d{2})(?=\s|$)\s*/i;
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Reads the `date YYYY-MM-DD` header that every raw report starts with. Leading whitespace and the
 * keyword's case are forgiven; the date itself must be ISO, because `07/08` means a different day
 * in Damascus and in Washington.
 */
export function readHeader(text: string, file: string): Header {
  const firstLine = text.trimStart().split("\n", 1)[0] ?? "";
  if (!HEADER_KEYWORD.test(text)) {
    throw new RawReportError(
      file,
      `the first line must start with "date YYYY-MM-DD", but it starts with ${quote(firstLine)}; add a first line such as "date 2020-07-08" giving the day the report was published`,
    );
  }
  const header = HEADER_WITH_DATE.exec(text);
  if (!header) {
    throw new RawReportError(file, `the header ${quote(firstLine)} does not give the date as YYYY-MM-DD; ${suggestIsoHeader(firstLine)}`);
  }
  const [whole, year = "", month = "", day = ""] = header;
  const published = `${year}-${month}-${day}`;
  const impossibility = whyDateDoesNotExist(Number(year), Number(month), Number(day));
  if (impossibility !== null) {
    throw new RawReportError(file, `the header date ${published} does not exist (${impossibility}); correct the date on the first line`);
  }
  const body = text.slice(whole.length);
  if (!/\S/.test(body)) {
    throw new RawReportError(
      file,
      `the file has the header "date ${published}" but no article text after it; put the report's paragraphs after the date, on the same line or below it`,
    );
  }
  return { published, body };
}

function suggestIsoHeader(firstLine: string): string {
  const written = firstLine.replace(/^\s*date\s*/i, "");
  const [parsed] = chrono.strict.parse(written);
  const isAmbiguousDayMonth = parsed !== undefined && /^\d{1,2}[/.]\d{1,2}[/.]\d{2,4}$/.test(parsed.text);
  if (parsed === undefined || parsed.index !== 0 || isAmbiguousDayMonth || !parsed.start.isCertain("year")) {
    return 'write the date as year-month-day with leading zeros, e.g. "date 2020-07-08"';
  }
  const iso = [parsed.start.get("year"), parsed.start.get("month"), parsed.start.get("day")]
    .map((part, index) => String(part ?? 0).padStart(index === 0 ? 4 : 2, "0"))
    .join("-");
  return `write it as "date ${iso}"`;
}

function whyDateDoesNotExist(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12) return `there is no month ${String(month).padStart(2, "0")}; months run from 01 to 12`;
  if (day < 1) return "there is no day 00; days run from 01";
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month, 0);
  const daysInMonth = lastDay.getUTCDate();
  return day > daysInMonth ? `${MONTH_NAMES[month - 1] ?? ""} ${year} has ${daysInMonth} days` : null;
}

function quote(line: string): string {
  const shown = line.length > 40 ? `${line.slice(0, 40)}…` : line;
  return JSON.stringify(shown);
}
