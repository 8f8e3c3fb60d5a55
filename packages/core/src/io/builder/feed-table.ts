import type { RawTable } from "../raw-table.js";
import { RecordBuffer, type RecordSink } from "../source/record.js";

/** Delivers a table read whole (a legacy reader) to a record sink, row by row. */
export function feedTable(table: RawTable, sink: RecordSink): void {
  sink.header(table.columns);
  const rec = new RecordBuffer(Math.max(1, table.width));
  const { cells, width, lines } = table;
  for (let r = 0; r < lines.length; r++) {
    rec.reset(lines[r]);
    for (let c = 0; c < width; c++) rec.pushString(cells[r * width + c]);
    sink.record(rec);
  }
}
