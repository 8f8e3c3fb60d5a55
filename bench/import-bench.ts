import { createReadStream, statSync } from "node:fs";
import { importCsvStream } from "@flodes/core";

/** Throughput of one import, measured inside one process. */
export interface ImportMeasurement {
  format: string;
  mb: number;
  rows: number;
  ms: number;
  mbPerSec: number;
  peakRssMb: number;
}

/**
 * Reads a CSV file from disk through the streaming importer, best of `runs` (the first run warms up the JIT on the
 * same file), and reports MB/s of file bytes.
 */
export async function measureCsvImport(path: string, runs: number): Promise<ImportMeasurement> {
  const size = statSync(path).size;
  let best = Infinity;
  let rows = 0;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const r = await importCsvStream(createReadStream(path, { highWaterMark: 1 << 20 }), { sizeBytes: size });
    const ms = performance.now() - t0;
    rows = r.quality.accepted;
    best = Math.min(best, ms);
  }
  return {
    format: "csv",
    mb: Math.round(size / 1e5) / 10,
    rows,
    ms: Math.round(best),
    mbPerSec: Math.round(size / 1e6 / (best / 1000)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
}
