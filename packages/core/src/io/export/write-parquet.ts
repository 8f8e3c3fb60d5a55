import { ByteWriter, type ColumnSource, ParquetWriter, type SchemaElement } from "hyparquet-writer";
import type { EventLog } from "../../model/event-log.js";
import type { ByteOutput } from "./byte-output.js";
import { exportColumns, exportOrder } from "./export-table.js";

/** Options of {@link writeParquet}. */
export interface WriteParquetOptions {
  /** Rows per row group (each is encoded and written before the next is built). __Default:__ 100 000. */
  rowGroupRows?: number;
}

/** hyparquet-writer's byte writer, handing each finished row group on instead of growing one buffer. */
class ChunkWriter extends ByteWriter {
  constructor(private readonly out: ByteOutput) {
    super(1 << 20);
  }

  flush(): void | Promise<void> {
    if (this.index === 0) return;
    const chunk = new Uint8Array(this.buffer, 0, this.index).slice();
    this.index = 0;
    return this.out(chunk);
  }

  override finish(): void | Promise<void> {
    return this.flush();
  }
}

/**
 * Writes an {@link EventLog} as Apache Parquet (with hyparquet-writer: pure JS, isomorphic, Snappy, dictionary
 * encoding), row group by row group so memory stays at one group: the columns of `exportColumns`, text
 * as UTF-8 strings, start and end as `TIMESTAMP(MILLIS, UTC)`, row as INT32; all nullable. Rows flow by flow in
 * time order. DuckDB, Polars, pandas/pyarrow and hyparquet read it.
 *
 * @example
 * const { out, bytes } = collectBytes();
 * await writeParquet(result.log, out);
 * new TextDecoder().decode(bytes().subarray(0, 4)) // → "PAR1"
 */
export async function writeParquet(log: EventLog, out: ByteOutput, options: WriteParquetOptions = {}): Promise<void> {
  const cols = exportColumns(log);
  const schema: SchemaElement[] = [{ name: "root", num_children: cols.length }];
  for (const c of cols) {
    if (c.type === "string") schema.push({ name: c.name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" });
    else if (c.type === "timestamp") {
      schema.push({
        name: c.name,
        type: "INT64",
        converted_type: "TIMESTAMP_MILLIS",
        logical_type: { type: "TIMESTAMP", isAdjustedToUTC: true, unit: "MILLIS" },
        repetition_type: "OPTIONAL",
      });
    } else schema.push({ name: c.name, type: "INT32", repetition_type: "OPTIONAL" });
  }
  const writer = new ChunkWriter(out);
  const pw = new ParquetWriter({ writer, schema, createdBy: "flodes" });
  const order = exportOrder(log);
  const group = Math.max(1, options.rowGroupRows ?? 100_000);
  for (let a = 0; a < order.length; a += group) {
    const b = Math.min(order.length, a + group);
    const columnData: ColumnSource[] = cols.map((c) => {
      const values = new Array<string | bigint | number | null>(b - a);
      for (let k = a; k < b; k++) {
        const v = c.value(order[k]);
        values[k - a] = c.type === "timestamp" ? BigInt(Math.round(v as number)) : v;
      }
      return { name: c.name, data: values };
    });
    await pw.write({ columnData, rowGroupSize: b - a });
  }
  await pw.finish();
}
