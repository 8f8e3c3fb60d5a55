// Inputs.table in Swedish: numbers with a space as thousands separator and a decimal comma (Inputs formats them
// the English way by default), a Swedish sentence instead of Inputs' "No results." for an empty table, and a button
// that saves the rows as Excel-friendly CSV.

import { formatNumber } from "@flodes/viz";
import * as Inputs from "@observablehq/inputs";
import { csvButton } from "./download.js";
import { el } from "./el.js";

/**
 * @param {object[]} rows table rows (objects with Swedish column names)
 * @param {object} [options] Inputs.table options; `format` entries given here win over the Swedish defaults;
 *   `name` names the CSV download (default "tabell")
 * @param {string} [empty] text when there are no rows
 */
export function tabell(rows, options = {}, empty = "Inga rader att visa för det här urvalet.") {
  if (!rows || rows.length === 0) return el("p", { class: "empty-table" }, empty);
  const { name = "tabell", ...rest } = options;
  const numeric = Object.keys(rows[0]).filter((k) => rows.every((r) => r[k] == null || typeof r[k] === "number"));
  const format = Object.fromEntries(numeric.map((k) => [k, (x) => (x == null ? "–" : formatNumber(x, Number.isInteger(x) ? 0 : 2))]));
  return el("div", { class: "tabell" }, Inputs.table(rows, { ...rest, format: { ...format, ...rest.format } }), csvButton(rows, name));
}
