import type { EventLog } from "../../model/event-log.js";
import { type ByteOutput, TextOutput } from "./byte-output.js";
import { csvField } from "./csv-safety.js";
import { exportColumns, exportOrder } from "./export-table.js";
import { IsoTimeFormatter } from "./iso-time.js";

/** Options of {@link writeCsv}. */
export interface WriteCsvOptions {
  /** Field separator. __Default:__ `","` (`";"` with `excel`). */
  sep?: string;
  /** Swedish Excel: `;`, CRLF and a UTF-8 byte-order mark so å, ä, ö show right. __Default:__ `false`. */
  excel?: boolean;
  /** Zone whose offset the ISO times carry. __Default:__ `"Europe/Stockholm"`. */
  tz?: string;
}

/**
 * Writes an {@link EventLog} as CSV, streamed in chunks: the columns of `exportColumns` (flow, step, process,
 * unit, role, resource, start, end, category, row, attributes), one row per observation, flow by flow in time
 * order. Times are ISO 8601 with the zone's offset (exact instants, read back by the import whatever the zone);
 * text cells that a spreadsheet would run as formulas are neutralised ({@link neutraliseCell}), negative numbers
 * stay numbers; quoting per RFC 4180.
 *
 * @example
 * const { out, bytes } = collectBytes();
 * await writeCsv(result.log, out, { excel: true });
 * new TextDecoder().decode(bytes()).split("\n").length > 229 // → true
 */
export async function writeCsv(log: EventLog, out: ByteOutput, options: WriteCsvOptions = {}): Promise<void> {
  const excel = options.excel ?? false;
  const sep = options.sep ?? (excel ? ";" : ",");
  const eol = excel ? "\r\n" : "\n";
  const iso = new IsoTimeFormatter(options.tz ?? "Europe/Stockholm");
  const cols = exportColumns(log);
  const t = new TextOutput(out);
  await t.write((excel ? "\uFEFF" : "") + cols.map((c) => csvField(c.name, sep)).join(sep) + eol);
  const order = exportOrder(log);
  let lines = "";
  for (const i of order) {
    let line = "";
    for (let c = 0; c < cols.length; c++) {
      if (c > 0) line += sep;
      const col = cols[c];
      const v = col.value(i);
      if (v === null) continue;
      line += col.type === "timestamp" ? iso.format(v as number) : col.type === "int32" ? String(v) : csvField(v as string, sep);
    }
    lines += line + eol;
    if (lines.length > 1 << 16) {
      const w = t.write(lines);
      if (w) await w;
      lines = "";
    }
  }
  await t.write(lines);
  await t.flush();
}
