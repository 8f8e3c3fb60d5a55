import type { RecordBuffer, RecordSink, SourceMessage } from "@flodes/core";

/** What a reader delivered: the columns (header, then later additions) and each record as a row object. */
export interface Collected {
  header: string[] | null;
  added: string[][];
  columns: string[];
  records: { row: number; values: string[] }[];
  rejected: { row: number; code: string; msg: SourceMessage }[];
}

/** A RecordSink that keeps everything, checking the contract (header once and first, columns announced before use). */
export function collectSink(): RecordSink & { got: Collected; rows(): Record<string, string | number>[] } {
  const got: Collected = { header: null, added: [], columns: [], records: [], rejected: [] };
  return {
    got,
    header(columns) {
      if (got.header !== null) throw new Error("header() called twice");
      got.header = [...columns];
      got.columns.push(...columns);
    },
    addColumns(columns) {
      if (got.header === null) throw new Error("addColumns() before header()");
      got.added.push([...columns]);
      got.columns.push(...columns);
    },
    record(rec: RecordBuffer) {
      if (got.header === null) throw new Error("record() before header()");
      if (rec.count > got.columns.length) throw new Error(`record with ${rec.count} fields, ${got.columns.length} columns announced`);
      got.records.push({ row: rec.row, values: Array.from({ length: rec.count }, (_, i) => rec.value(i)) });
    },
    rejectRecord(row, code, msg) {
      got.rejected.push({ row, code, msg });
    },
    /** Records as objects keyed by column name, without empty fields, plus `row`. */
    rows() {
      return got.records.map((r) => {
        const o: Record<string, string | number> = { row: r.row };
        r.values.forEach((v, i) => {
          if (v !== "") o[got.columns[i]] = v;
        });
        return o;
      });
    },
  };
}

/** Splits bytes into chunks of the given sizes (cycled). */
export function chunked(bytes: Uint8Array, sizes: readonly number[]): Uint8Array[] {
  const out: Uint8Array[] = [];
  let k = 0;
  for (let i = 0; i < bytes.length; ) {
    const n = Math.max(1, sizes[k++ % sizes.length]);
    out.push(bytes.slice(i, i + n));
    i += n;
  }
  return out;
}
