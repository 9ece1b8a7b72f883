/**
 * One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote, a line break or leading or
 * trailing spaces, with each quote doubled.
 */
export function csvField(value: string | number | undefined): string {
  const text = value === undefined ? "" : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Rows as RFC 4180 CSV: fields separated by commas, every record (the header too) ended by CRLF. */
export function toCsv(rows: readonly (readonly (string | number | undefined)[])[]): string {
  return rows.map((row) => `${row.map(csvField).join(",")}\r\n`).join("");
}
