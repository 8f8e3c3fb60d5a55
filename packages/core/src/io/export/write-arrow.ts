import { dictionary, int32, TimeUnit, tableFromArrays, tableToIPC, timestamp, utf8 } from "@uwdata/flechette";
import type { EventLog } from "../../model/event-log.js";
import type { ByteOutput } from "./byte-output.js";
import { exportColumns, exportOrder } from "./export-table.js";

/** Options of {@link writeArrow}. */
export interface WriteArrowOptions {
  /** Rows per record batch. __Default:__ 1 048 576. */
  batchRows?: number;
  /** `file` (Feather v2 / `.arrow`, what DuckDB, Polars and arquero open) or `stream`. __Default:__ `"file"`. */
  format?: "file" | "stream";
}

/**
 * Writes an {@link EventLog} as Apache Arrow IPC (with flechette): the columns of `exportColumns`, text as
 * dictionary-encoded UTF-8 (flow, step, process, unit, role, resource, category, attributes), start and end as
 * `timestamp[ms, UTC]`, row as int32; nulls where a value is missing. Rows flow by flow in time order, in record
 * batches of `batchRows`.
 *
 * @example
 * import { tableFromIPC } from "@uwdata/flechette";
 * const { out, bytes } = collectBytes();
 * await writeArrow(result.log, out);
 * tableFromIPC(bytes()).numRows // → 229
 */
export async function writeArrow(log: EventLog, out: ByteOutput, options: WriteArrowOptions = {}): Promise<void> {
  const order = exportOrder(log);
  const n = order.length;
  const data: Record<string, unknown[] | Float64Array | Int32Array> = {};
  const types: Record<
    string,
    ReturnType<typeof utf8> | ReturnType<typeof dictionary> | ReturnType<typeof timestamp> | ReturnType<typeof int32>
  > = {};
  for (const col of exportColumns(log)) {
    if (col.type === "string") {
      const a = new Array<string | null>(n);
      for (let k = 0; k < n; k++) a[k] = col.value(order[k]) as string | null;
      data[col.name] = a;
      types[col.name] = dictionary(utf8(), int32());
    } else if (col.type === "timestamp") {
      const a = new Array<number>(n);
      for (let k = 0; k < n; k++) a[k] = Math.round(col.value(order[k]) as number);
      data[col.name] = a;
      types[col.name] = timestamp(TimeUnit.MILLISECOND, "UTC");
    } else {
      const a = new Array<number | null>(n);
      for (let k = 0; k < n; k++) a[k] = col.value(order[k]) as number | null;
      data[col.name] = a;
      types[col.name] = int32();
    }
  }
  const table = tableFromArrays(data, { types, maxBatchRows: options.batchRows ?? 1 << 20 });
  const bytes = tableToIPC(table, { format: options.format ?? "file" });
  if (bytes) await out(bytes);
}
