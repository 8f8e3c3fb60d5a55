import { FlodesError } from "../messages/flodes-error.js";
import { CATEGORY_CODE, isCategory, type Category } from "../model/category.js";
import type { ColumnarLog } from "../model/columnar.js";
import type { Observation } from "../model/observation.js";
import type { Process } from "../model/process.js";
import { metricsMessage } from "../messages/metrics.js";

/** Options of {@link toColumnar}. */
export interface ToColumnarOptions {
  /**
   * Process model(s) giving each step's category. A step is matched on its id, trimmed and
   * case-insensitive, and then on its name. With several processes, an observation's `process` (id or
   * name) picks its own process first. __Default:__ none — every step without an override is NNVA.
   */
  model?: Process | readonly Process[];
}

const NNVA = CATEGORY_CODE.NNVA;
const norm = (s: string): string => s.trim().toLowerCase();

/** Step → category lookups for one model: per process and across all processes (first definition wins). */
interface CategoryLookup {
  all: Map<string, Category>;
  byProcess: Map<string, Map<string, Category>>;
}

function stepMap(process: Process): Map<string, Category> {
  const m = new Map<string, Category>();
  // ids win over names: insert names first, then let ids overwrite.
  for (const s of process.steps) if (s.name) m.set(norm(s.name), s.category);
  for (const s of process.steps) m.set(norm(s.id), s.category);
  return m;
}

function categoryLookup(model: Process | readonly Process[]): CategoryLookup {
  const processes: readonly Process[] = Array.isArray(model) ? model : [model as Process];
  const all = new Map<string, Category>();
  const byProcess = new Map<string, Map<string, Category>>();
  for (const p of processes) {
    const m = stepMap(p);
    byProcess.set(norm(p.id), m);
    if (p.name && !byProcess.has(norm(p.name))) byProcess.set(norm(p.name), m);
    for (const [k, v] of m) if (!all.has(k)) all.set(k, v);
  }
  return { all, byProcess };
}

/**
 * Converts observations to the columnar log the metrics kernel works on. Flow and step codes are given
 * in order of first appearance. The category of each observation is its own `category` override, else
 * the category of its step in the model (step id, then step name, trimmed and case-insensitive), else
 * NNVA (unknown; flagged in `assumedCategory`). `assumedStart` flags are carried over.
 *
 * @param observations the event log, in any order
 * @param options see {@link ToColumnarOptions}
 * @example
 * const log = toColumnar(
 *   [{ flow: "F1", step: "Bedömning", startMs: 0, endMs: 60_000 }],
 *   { model: { id: "p", name: "Remiss", steps: [{ id: "bedömning", name: "Bedömning", category: "VA" }] } },
 * );
 * log.category[0] // → 0 (VA)
 */
export function toColumnar(observations: readonly Observation[], options: ToColumnarOptions = {}): ColumnarLog {
  const n = observations.length;
  const flow = new Int32Array(n);
  const step = new Int32Array(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const category = new Int8Array(n);
  const assumedStart = new Uint8Array(n);
  const assumedCategory = new Uint8Array(n);
  const flowIds: string[] = [];
  const stepIds: string[] = [];
  const flowCode = new Map<string, number>();
  const stepCode = new Map<string, number>();
  const lookup = options.model ? categoryLookup(options.model) : undefined;
  // Category per (process, step) string, so the model is consulted once per distinct pair.
  const resolved = new Map<string, number>();
  let anyAssumedStart = false;
  let anyAssumedCategory = false;

  for (let i = 0; i < n; i++) {
    const o = observations[i];
    let f = flowCode.get(o.flow);
    if (f === undefined) {
      f = flowIds.length;
      flowIds.push(o.flow);
      flowCode.set(o.flow, f);
    }
    let s = stepCode.get(o.step);
    if (s === undefined) {
      s = stepIds.length;
      stepIds.push(o.step);
      stepCode.set(o.step, s);
    }
    if (!(o.endMs >= o.startMs)) {
      throw new FlodesError(metricsMessage.endBeforeStart(o.flow, o.step, o.row));
    }
    flow[i] = f;
    step[i] = s;
    start[i] = o.startMs;
    end[i] = o.endMs;
    if (o.assumedStart) {
      assumedStart[i] = 1;
      anyAssumedStart = true;
    }
    if (o.category !== undefined && isCategory(o.category)) {
      category[i] = CATEGORY_CODE[o.category];
      continue;
    }
    const key = `${o.process ?? ""}\u0000${o.step}`;
    let c = resolved.get(key);
    if (c === undefined) {
      c = -1;
      if (lookup) {
        const k = norm(o.step);
        const own = o.process !== undefined ? lookup.byProcess.get(norm(o.process))?.get(k) : undefined;
        const cat = own ?? lookup.all.get(k);
        if (cat !== undefined) c = CATEGORY_CODE[cat];
      }
      resolved.set(key, c);
    }
    if (c < 0) {
      category[i] = NNVA;
      assumedCategory[i] = 1;
      anyAssumedCategory = true;
    } else {
      category[i] = c;
    }
  }
  return {
    length: n,
    flow,
    step,
    start,
    end,
    category,
    flowIds,
    stepIds,
    ...(anyAssumedStart ? { assumedStart } : {}),
    ...(anyAssumedCategory ? { assumedCategory } : {}),
  };
}

/** The part of an arquero table {@link fromArquero} reads (any arquero 5+ `ColumnTable` fits). */
export interface ArqueroTableLike {
  numRows(): number;
  columnNames(): string[];
  array(name: string): ArrayLike<unknown>;
}

/** Column names read by {@link fromArquero}. */
export interface FromArqueroOptions {
  /** Flow (case) id column. __Default:__ `"flow"`. */
  flow?: string;
  /** Step (activity) column. __Default:__ `"step"`. */
  step?: string;
  /** Start column: epoch ms or Date. __Default:__ `"startMs"`. */
  start?: string;
  /** End column: epoch ms or Date. __Default:__ `"endMs"`. */
  end?: string;
  /** Category column ("VA" | "NNVA" | "NVA"); when absent or empty, NNVA is assumed. __Default:__ `"category"`. */
  category?: string;
  /** Optional boolean column flagging derived starts. __Default:__ `"assumedStart"`. */
  assumedStart?: string;
}

function toMs(v: unknown): number {
  if (typeof v === "number") return v;
  if (v instanceof Date) return v.getTime();
  if (typeof v === "bigint") return Number(v);
  return NaN;
}

/**
 * Adapts an arquero table (one row per observation, filters and ordering respected) to a
 * {@link ColumnarLog}. Flow and step values are converted to strings; codes follow first appearance.
 *
 * @param table an arquero table
 * @param options column names, see {@link FromArqueroOptions}
 * @example
 * import * as aq from "arquero";
 * const t = aq.table({ flow: ["F1"], step: ["Besök"], startMs: [0], endMs: [60_000], category: ["VA"] });
 * fromArquero(t).length // → 1
 */
export function fromArquero(table: ArqueroTableLike, options: FromArqueroOptions = {}): ColumnarLog {
  const names = new Set(table.columnNames());
  const need = (name: string): ArrayLike<unknown> => {
    if (!names.has(name)) throw new FlodesError(metricsMessage.missingColumn(name));
    return table.array(name);
  };
  const flows = need(options.flow ?? "flow");
  const steps = need(options.step ?? "step");
  const starts = need(options.start ?? "startMs");
  const ends = need(options.end ?? "endMs");
  const catName = options.category ?? "category";
  const cats = names.has(catName) ? table.array(catName) : undefined;
  const asName = options.assumedStart ?? "assumedStart";
  const assumed = names.has(asName) ? table.array(asName) : undefined;
  const n = table.numRows();

  const flow = new Int32Array(n);
  const step = new Int32Array(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const category = new Int8Array(n);
  const assumedStart = new Uint8Array(n);
  const assumedCategory = new Uint8Array(n);
  const flowIds: string[] = [];
  const stepIds: string[] = [];
  const flowCode = new Map<unknown, number>();
  const stepCode = new Map<unknown, number>();
  let anyAssumedStart = false;
  let anyAssumedCategory = false;
  for (let i = 0; i < n; i++) {
    const fv = flows[i];
    let f = flowCode.get(fv);
    if (f === undefined) {
      f = flowIds.length;
      flowIds.push(String(fv));
      flowCode.set(fv, f);
    }
    const sv = steps[i];
    let s = stepCode.get(sv);
    if (s === undefined) {
      s = stepIds.length;
      stepIds.push(String(sv));
      stepCode.set(sv, s);
    }
    const a = toMs(starts[i]);
    const b = toMs(ends[i]);
    if (!(b >= a)) throw new FlodesError(metricsMessage.endBeforeStart(String(fv), String(sv), i + 1));
    flow[i] = f;
    step[i] = s;
    start[i] = a;
    end[i] = b;
    const c = cats ? cats[i] : undefined;
    if (typeof c === "string" && isCategory(c.trim().toUpperCase())) {
      category[i] = CATEGORY_CODE[c.trim().toUpperCase() as Category];
    } else {
      category[i] = NNVA;
      assumedCategory[i] = 1;
      anyAssumedCategory = true;
    }
    if (assumed?.[i]) {
      assumedStart[i] = 1;
      anyAssumedStart = true;
    }
  }
  return {
    length: n,
    flow,
    step,
    start,
    end,
    category,
    flowIds,
    stepIds,
    ...(anyAssumedStart ? { assumedStart } : {}),
    ...(anyAssumedCategory ? { assumedCategory } : {}),
  };
}
