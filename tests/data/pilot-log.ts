// Test helper: reads the committed pilot files with plain string handling, independent of data/src.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const DATA_DIR = fileURLToPath(new URL("../../data/", import.meta.url));

export interface Row {
  flow: string;
  process: string;
  unit: string;
  step: string;
  start: string;
  end: string;
  role: string;
  category: string;
  link: string;
  source: string;
  /** Real instants via the process time zone (vitest fixes TZ=Europe/Stockholm). */
  startMs: number;
  endMs: number;
}

/** `YYYY-MM-DD HH:mm` wall-clock in the process time zone → epoch ms, using only the Date constructor. */
export function localMs(s: string): number {
  const [d, t] = s.split(" ");
  const [y, mo, da] = d.split("-").map(Number);
  const [h, mi] = t.split(":").map(Number);
  return new Date(y, mo - 1, da, h, mi).getTime();
}

export function readText(rel: string): string {
  return readFileSync(DATA_DIR + rel, "utf8");
}

export function readEvents(): Row[] {
  const text = readText("pilot/syntetisk-handelser.csv").replace(/^\uFEFF/, "");
  const lines = text.split("\n").filter((l) => l.length > 0);
  return lines.slice(1).map((l) => {
    const [flow, process, unit, step, start, end, role, category, link, source] = l.split(";");
    return { flow, process, unit, step, start, end, role, category, link, source, startMs: localMs(start), endMs: localMs(end) };
  });
}

export function byFlow(rows: readonly Row[]): Map<string, Row[]> {
  const m = new Map<string, Row[]>();
  for (const r of rows) {
    const a = m.get(r.flow);
    if (a) a.push(r);
    else m.set(r.flow, [r]);
  }
  return m;
}

/** Length of the union of intervals (sort, merge). */
export function unionMs(ivs: readonly [number, number][]): number {
  const s = [...ivs].sort((a, b) => a[0] - b[0]);
  let total = 0;
  let cur: [number, number] | null = null;
  for (const [a, b] of s) {
    if (!cur || a > cur[1]) {
      if (cur) total += cur[1] - cur[0];
      cur = [a, b];
    } else cur[1] = Math.max(cur[1], b);
  }
  return cur ? total + cur[1] - cur[0] : 0;
}

export interface FlowFigures {
  flow: string;
  process: string;
  unit: string;
  firstStart: string;
  leadMs: number;
  vaMs: number;
  waitMs: number;
  nvaWorkMs: number;
  repeats: number;
  /** Σ durations of the rows (staff time worked) and of the NVA rows. */
  touchMs: number;
  nvaTouchMs: number;
  /** Local month of the last end, "YYYY-MM" (wall-clock strings are local time). */
  completionMonth: string;
}

export function figures(rows: readonly Row[]): FlowFigures {
  const iv = (cs: string[]) => rows.filter((r) => cs.includes(r.category)).map((r): [number, number] => [r.startMs, r.endMs]);
  const lead = Math.max(...rows.map((r) => r.endMs)) - Math.min(...rows.map((r) => r.startMs));
  const all = unionMs(iv(["VA", "NNVA", "NVA"]));
  const seen = new Set<string>();
  let repeats = 0;
  for (const r of rows) {
    if (seen.has(r.step)) repeats++;
    seen.add(r.step);
  }
  return {
    flow: rows[0].flow,
    process: rows[0].process,
    unit: rows[0].unit,
    firstStart: [...rows].sort((a, b) => a.startMs - b.startMs)[0].start,
    leadMs: lead,
    vaMs: unionMs(iv(["VA"])),
    waitMs: lead - all,
    nvaWorkMs: all - unionMs(iv(["VA", "NNVA"])),
    repeats,
    touchMs: rows.reduce((a, r) => a + r.endMs - r.startMs, 0),
    nvaTouchMs: rows.filter((r) => r.category === "NVA").reduce((a, r) => a + r.endMs - r.startMs, 0),
    completionMonth: [...rows].sort((a, b) => b.endMs - a.endMs)[0].end.slice(0, 7),
  };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** All files under data/pilot and data/mall, relative to data/. */
export function dataFiles(): string[] {
  return ["pilot", "mall"].flatMap((d) => readdirSync(DATA_DIR + d).map((f) => `${d}/${f}`));
}

/** End steps per process, as processer.json declares them (`endSteps`). */
export function endSteps(): Map<string, string[]> {
  const processes = JSON.parse(readText("pilot/processer.json")) as { id: string; endSteps?: string[] }[];
  return new Map(processes.map((p) => [p.id, p.endSteps ?? []]));
}

/** A flow is closed when one of its rows is an end step of its process; otherwise it was open at the extract. */
export function isClosed(rows: readonly Row[], ends: ReadonlyMap<string, readonly string[]>): boolean {
  const e = ends.get(rows[0].process) ?? [];
  return rows.some((r) => e.includes(r.step));
}
