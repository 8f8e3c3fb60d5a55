/** A number as spreadsheets read it: optional sign, digits with a decimal point or comma, optional exponent. */
const NUMBER = /^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Neutralises a cell against CSV/formula injection as OWASP recommends: a text starting with `=`, `+`, `-`, `@`,
 * a tab or a carriage return — which Excel, LibreOffice and Google Sheets would run as a formula — gets a
 * leading single quote, so it is shown as the text it is. Numbers (`-12.5`, `+3`, `-1,5`) stay numbers.
 * Apply it to every text cell written for a spreadsheet, then quote as CSV requires ({@link csvField}).
 *
 * @example
 * neutraliseCell('=HYPERLINK("http://x")') // → "'=HYPERLINK(\"http://x\")"
 * neutraliseCell("-12.5") // → "-12.5"
 */
export function neutraliseCell(text: string): string {
  if (text.length === 0) return text;
  const c = text.charCodeAt(0);
  // = + - @ TAB CR
  if (c !== 61 && c !== 43 && c !== 45 && c !== 64 && c !== 9 && c !== 13) return text;
  return NUMBER.test(text) ? text : `'${text}`;
}

/**
 * One CSV field: neutralised ({@link neutraliseCell}), then quoted per RFC 4180 when it holds the separator, a
 * quote, a line break, or leading/trailing space (doubled quotes inside).
 *
 * @example
 * csvField("a;b", ";") // → "\"a;b\""
 * csvField("@SUM(A1)", ",") // → "'@SUM(A1)"
 */
export function csvField(text: string, sep: string): string {
  const s = neutraliseCell(text);
  const needsQuotes = s.includes(sep) || s.includes('"') || s.includes("\n") || s.includes("\r") || s !== s.trim();
  return needsQuotes ? `"${s.replaceAll('"', '""')}"` : s;
}
