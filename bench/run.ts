// pnpm bench [--quick] [--sizes 1e6,1e7] — flodes kernel vs idiomatic arquero, measured in the same run.
// Each measurement runs in its own child process so peak RSS belongs to that measurement alone.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { fileURLToPath } from "node:url";
import { analyze, computeFlows, indexFlows } from "@flodes/core";
import { arqueroMetrics } from "./arquero-baseline.js";
import { generateLog } from "./generate-log.js";

type Impl = "kernel" | "flodes" | "arquero";
interface Measurement {
  impl: Impl;
  n: number;
  flows: number;
  ms: number;
  obsPerSec: number;
  peakRssMb: number;
}

const ARQUERO_MAX = 1_000_000;
const TARGETS = { obsPerSec: 10_000_000, rssMbAt10M: 1536, ratio: 20 };

function timeOnce(impl: Impl, log: ReturnType<typeof generateLog>): { ms: number; flows: number } {
  const t0 = performance.now();
  let flows = 0;
  if (impl === "kernel") {
    const cols = computeFlows(log, { index: indexFlows(log) });
    for (let f = 0; f < cols.observations.length; f++) if (cols.observations[f] > 0) flows++;
  } else if (impl === "flodes") flows = analyze(log).flows.length;
  else flows = arqueroMetrics(log).flows.numRows();
  return { ms: performance.now() - t0, flows };
}

function child(impl: Impl, n: number): void {
  timeOnce(impl, generateLog(20_000, 1)); // warm up the JIT on a small log
  const log = generateLog(n);
  (globalThis as { gc?: () => void }).gc?.();
  // Best of three below 10 M (noise from a shared machine); one run at 10 M.
  const runs = n >= 10_000_000 ? 1 : 3;
  let best = { ms: Infinity, flows: 0 };
  for (let i = 0; i < runs; i++) {
    const r = timeOnce(impl, log);
    if (r.ms < best.ms) best = r;
  }
  const m: Measurement = {
    impl,
    n,
    flows: best.flows,
    ms: Math.round(best.ms),
    obsPerSec: Math.round(n / (best.ms / 1000)),
    peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
  };
  process.stdout.write(JSON.stringify(m) + "\n");
}

function measure(impl: Impl, n: number): Measurement {
  const script = fileURLToPath(import.meta.url);
  const r = spawnSync(process.execPath, [...process.execArgv, script, "--child", impl, String(n)], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (r.status !== 0) throw new Error(`${impl} at ${n} failed (${r.status}): ${r.stderr.slice(-2000)}`);
  return JSON.parse(r.stdout.trim().split("\n").at(-1)!) as Measurement;
}

function main(argv: string[]): void {
  if (argv[0] === "--child") return child(argv[1] as Impl, Number(argv[2]));
  const i = argv.indexOf("--sizes");
  const sizes = i >= 0 ? argv[i + 1].split(",").map(Number) : argv.includes("--quick") ? [100_000, 1_000_000] : [1_000_000, 10_000_000];
  const results: Measurement[] = [];
  for (const n of sizes) {
    for (const impl of ["kernel", "flodes", "arquero"] as const) {
      if (impl === "arquero" && n > ARQUERO_MAX) continue;
      process.stderr.write(`bench: ${impl} ${n.toLocaleString("sv-SE")} observationer…\n`);
      const m = measure(impl, n);
      results.push(m);
      process.stderr.write(`  ${m.ms} ms, ${(m.obsPerSec / 1e6).toFixed(2)} M obs/s, ${m.peakRssMb} MB\n`);
    }
  }
  const ratios = sizes.flatMap((n) => {
    const a = results.find((r) => r.impl === "arquero" && r.n === n);
    return (["kernel", "flodes"] as const).flatMap((impl) => {
      const f = results.find((r) => r.impl === impl && r.n === n);
      return f && a ? [{ n, impl, ratio: Math.round((a.ms / f.ms) * 10) / 10 }] : [];
    });
  });
  const best = (impl: Impl) => Math.max(...results.filter((r) => r.impl === impl).map((r) => r.obsPerSec));
  const at10M = results.find((r) => r.impl === "flodes" && r.n === 10_000_000);
  const checks = [
    ...(["kernel", "flodes"] as const).map((impl) => ({
      target: `${impl} ≥ ${TARGETS.obsPerSec / 1e6} M observations/s`,
      value: `${(best(impl) / 1e6).toFixed(1)} M/s`,
      pass: best(impl) >= TARGETS.obsPerSec,
    })),
    ...(at10M ? [{ target: `analyze on 10 M observations within ${TARGETS.rssMbAt10M} MB RSS`, value: `${at10M.peakRssMb} MB`, pass: at10M.peakRssMb <= TARGETS.rssMbAt10M }] : []),
    ...ratios.map((r) => ({ target: `${r.impl} ≥ ${TARGETS.ratio}× idiomatic arquero at ${r.n.toLocaleString("en")}`, value: `${r.ratio}×`, pass: r.ratio >= TARGETS.ratio })),
  ];
  const machine = { node: process.version, cpu: cpus()[0]?.model ?? "?", cores: cpus().length, memoryGb: Math.round(totalmem() / 2 ** 30) };
  const doc = {
    date: new Date().toISOString(),
    machine,
    timed: "kernel: indexFlows + computeFlows — every per-flow metric of design.md (lead, VA, NNVA, NVA work, wait, touch, rework) as typed-array columns. flodes: analyze(log) — per-flow metrics, waits and handoffs, per-step/handoff/process summaries, FlowMetrics objects. arquero: per-flow lead/VA/NNVA/NVA-work/wait/touch/efficiency + per-step duration median and p85, as a table. Log generation excluded; best of 3 below 10 M. Peak RSS is the whole child process (log included).",
    note: `arquero is measured up to ${ARQUERO_MAX.toLocaleString("en")} observations (its window functions over 10 M rows take minutes); ratios compare equal sizes.`,
    results,
    ratios,
    checks,
  };
  const dir = fileURLToPath(new URL("./results/", import.meta.url));
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}latest.json`, JSON.stringify(doc, null, 2) + "\n");
  const md = [
    `# flodes benchmark — ${doc.date.slice(0, 10)}`,
    "",
    `Node ${machine.node} · ${machine.cpu} · ${machine.cores} cores · ${machine.memoryGb} GB`,
    "",
    "| impl | observations | flows | ms | M obs/s | peak RSS MB |",
    "|---|---:|---:|---:|---:|---:|",
    ...results.map((r) => `| ${r.impl} | ${r.n.toLocaleString("en")} | ${r.flows.toLocaleString("en")} | ${r.ms} | ${(r.obsPerSec / 1e6).toFixed(2)} | ${r.peakRssMb} |`),
    "",
    "| target | measured | |",
    "|---|---:|---|",
    ...checks.map((c) => `| ${c.target} | ${c.value} | ${c.pass ? "ok" : "MISSED"} |`),
    "",
    doc.timed,
    "",
    doc.note,
    "",
  ].join("\n");
  writeFileSync(`${dir}latest.md`, md);
  process.stdout.write(md);
}

main(process.argv.slice(2));
