/**
 * Signature lines: the initials of the staff who wrote and edited a report (`NA/PA`, `AB/CD/EF`, AFP's `bur-ser/jm`)
 * and the agency credit line (`(Reporting by …; Editing by …)`), and the end marks of Arabic and Persian wires.
 *
 * The rule is a whole-line match, so a real last paragraph is never eaten: only lines at the very
 * end of the report (blank lines between them allowed) that each match one of these patterns.
 */
const SIGNATURE_LINES = [
  /^[A-Z]{1,5}(?:\/[A-Z]{1,5})+$/,
  // AFP's desk codes, lower case with hyphens: `bur-ser/jm`, `fb/ser`.
  /^[a-z]{1,5}(?:-[a-z]{1,5})*(?:\/[a-z]{1,5}(?:-[a-z]{1,5})*)+$/,
  /^\((?:Additional )?(?:Reporting|Writing|Editing|Compiled|Translated|Translation)\b[^()]*\)$/i,
  // Arabic and Persian agencies' end marks: `(انتهى)`, `انتهى`, IRNA's `انتهای پیام` / `پایان پیام`, and the
  // initials an Arab desk signs with (`ع.ا`, `م.ح/ س.ك`).
  /^[([]?\s*(?:انتهى|انتهي|انتهای پیام|انتهاي پيام|پایان پیام|پايان پيام|انتها)\s*[)\]]?[.]?$/u,
  /^[\u0621-\u064a\u06a9\u06af\u06cc]\.\s?[\u0621-\u064a\u06a9\u06af\u06cc](?:\s?\/\s?[\u0621-\u064a\u06a9\u06af\u06cc]\.\s?[\u0621-\u064a\u06a9\u06af\u06cc])*$/u,
];

export interface CreditsSplit {
  /** The report without its trailing signature lines (and the blank lines around them). */
  article: string;
  /** The signature lines, trimmed, joined with "\n"; null when there are none. */
  credits: string | null;
}

export function splitCredits(body: string): CreditsSplit {
  const lines = body.split("\n");
  let articleEnd = lines.length;
  const signature: string[] = [];
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = (lines[index] ?? "").trim();
    if (line !== "" && !isSignatureLine(line)) break;
    if (line !== "") signature.unshift(line);
    articleEnd = index;
  }
  return {
    article: lines.slice(0, articleEnd).join("\n"),
    credits: signature.length === 0 ? null : signature.join("\n"),
  };
}

function isSignatureLine(line: string): boolean {
  return SIGNATURE_LINES.some((pattern) => pattern.test(line));
}
