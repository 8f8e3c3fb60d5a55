import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BENCH_STEPS, generateLog } from "./generate-log.js";
import { writeCsv } from "./write-csv.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const CLI = join(ROOT, "packages/cli/dist/main.js");
const DUCKDB = join(ROOT, "bench/duckdb-metrics.mjs");
const RSS = join(ROOT, "bench/rss-on-exit.mjs");
const CATEGORY = ["VA", "NNVA", "NVA"] as const;

/** Sums that both implementations must agree on. */
export interface Totals {
  flows: number;
  leadTimeMs: number;
  vaMs: number;
  nnvaMs: number;
  nvaWorkMs: number;
  waitMs: number;
  touchTimeMs: number;
}

/** One end-to-end run: a process started as a user starts it, reading the CSV and writing per-flow metrics as JSON. */
export interface EndToEndRun {
  impl: "flodes" | "duckdb";
  events: number;
  csvMb: number;
  ms: number;
  peakRssMb: number;
  totals: Totals;
}

/** Writes the seeded log of `n` events and its process model (JSON for flodes, CSV for DuckDB) unless present. */
export async function prepareInput(dir: string, n: number): Promise<{ csv: string; modelJson: string; modelCsv: string; bytes: number }> {
  const csv = join(dir, `bench-${n}.csv`);
  const modelJson = join(dir, "bench-model.json");
  const modelCsv = join(dir, "bench-model.csv");
  writeFileSync(
    modelJson,
    JSON.stringify({
      id: "bench",
      name: "Remiss (benchmark)",
      steps: BENCH_STEPS.map(([id, c]) => ({ id, name: id, category: CATEGORY[c] })),
    }),
  );
  writeFileSync(modelCsv, `step,cat\n${BENCH_STEPS.map(([id, c]) => `${id},${c}`).join("\n")}\n`);
  if (!existsSync(csv)) await writeCsv(generateLog(n), csv);
  return { csv, modelJson, modelCsv, bytes: readFileSync(csv).length };
}

function totalsOf(flows: readonly Record<string, number>[]): Totals {
  const t: Totals = { flows: flows.length, leadTimeMs: 0, vaMs: 0, nnvaMs: 0, nvaWorkMs: 0, waitMs: 0, touchTimeMs: 0 };
  for (const f of flows) {
    t.leadTimeMs += f.leadTimeMs;
    t.vaMs += f.vaMs;
    t.nnvaMs += f.nnvaMs;
    t.nvaWorkMs += f.nvaWorkMs;
    t.waitMs += f.waitMs;
    t.touchTimeMs += f.touchTimeMs;
  }
  return t;
}

function timed(args: string[], rssFile: string): { ms: number; peakRssMb: number } {
  rmSync(rssFile, { force: true });
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ["--import", RSS, ...args], {
    env: { ...process.env, FLODES_BENCH_RSS: rssFile, TZ: "Europe/Stockholm" },
    encoding: "utf8",
    maxBuffer: 1 << 24,
  });
  const ms = performance.now() - t0;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(" ")} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return { ms: Math.round(ms), peakRssMb: Math.round(Number(readFileSync(rssFile, "utf8")) / 1024) };
}

/**
 * `flodes metrics` (the built bin) against the same per-flow metrics in DuckDB SQL, each a fresh process, best of
 * `runs`; the sums of every measure must be equal, or the comparison means nothing.
 */
export async function endToEnd(dir: string, n: number, runs: number): Promise<EndToEndRun[]> {
  const input = await prepareInput(dir, n);
  const out: EndToEndRun[] = [];
  for (const impl of ["flodes", "duckdb"] as const) {
    const json = join(dir, `${impl}-${n}.json`);
    const args =
      impl === "flodes"
        ? [CLI, "metrics", input.csv, "--model", input.modelJson, "--out", json]
        : [DUCKDB, input.csv, input.modelCsv, json];
    let best = { ms: Infinity, peakRssMb: 0 };
    for (let k = 0; k < runs; k++) {
      const r = timed(args, join(dir, `${impl}.rss`));
      if (r.ms < best.ms) best = r;
    }
    const doc = JSON.parse(readFileSync(json, "utf8"));
    const flows = (impl === "flodes" ? doc.flows : doc) as Record<string, number>[];
    out.push({ impl, events: n, csvMb: Math.round(input.bytes / 1e5) / 10, ...best, totals: totalsOf(flows) });
    rmSync(json, { force: true });
  }
  return out;
}
