import { type FlowIndex, groupByFlow } from "../../log/flow-index.js";

/** Row columns compared to find exact duplicates. */
export interface DuplicateColumns {
  n: number;
  flow: Int32Array;
  flowCount: number;
  start: Float64Array;
  end: Float64Array;
  /** Every other column of the row (codes, −1 = empty); all must be equal for a duplicate. */
  others: readonly (Int32Array | Int8Array | Uint8Array)[];
}

/**
 * Finds rows equal in every column to an earlier row, on the columns: rows are grouped by flow and time-ordered
 * (the kernel's counting sort), so equal rows meet in runs of equal (start, end) within a flow and are compared
 * only there — no hash table over all rows, and memory stays one index. Times compare as read (two spellings of
 * one instant are one instant).
 *
 * @returns for each row the earlier row it duplicates, or −1 (an empty array when there are none), and the flow
 *   index it built (the kernel's, reused for the log when no row was removed)
 * @example
 * findDuplicates({ n: 2, flow, flowCount: 1, start, end, others: [step] }).dupOf // Int32Array [-1, 0] when row 1 repeats row 0
 */
export function findDuplicates(c: DuplicateColumns): { dupOf: Int32Array; index: FlowIndex } {
  const { n, start, end, others } = c;
  const dupOf = new Int32Array(n).fill(-1);
  const index = groupByFlow(n, c.flow, c.flowCount, start, end);
  const { order, offsets } = index;
  const equal = (i: number, j: number): boolean => {
    for (const col of others) if (col[i] !== col[j]) return false;
    return true;
  };
  let found = 0;
  for (let f = 0; f < c.flowCount; f++) {
    const b = offsets[f + 1];
    let p = offsets[f];
    while (p < b) {
      const i = order[p];
      let q = p + 1;
      while (q < b && start[order[q]] === start[i] && end[order[q]] === end[i]) q++;
      // Rows p..q share flow, start and end; input order is kept, so the first equal one is the earliest.
      if (q - p > 32) {
        // A long run of one instant (rare, but real logs have them): key the rows instead of comparing pairs.
        const seen = new Map<string, number>();
        for (let x = p; x < q; x++) {
          const j = order[x];
          let key = "";
          for (const col of others) key += `${col[j]},`;
          const k = seen.get(key);
          if (k === undefined) seen.set(key, j);
          else {
            dupOf[j] = k;
            found++;
          }
        }
        p = q;
        continue;
      }
      for (let x = p + 1; x < q; x++) {
        const j = order[x];
        for (let y = p; y < x; y++) {
          const k = order[y];
          if (dupOf[k] < 0 && equal(k, j)) {
            dupOf[j] = k;
            found++;
            break;
          }
        }
      }
      p = q;
    }
  }
  return { dupOf: found === 0 ? EMPTY : dupOf, index };
}

const EMPTY = new Int32Array(0);

/** True when {@link findDuplicates} found any (it returns an empty array when none). */
export function hasDuplicates(dupOf: Int32Array): boolean {
  return dupOf.length > 0;
}
