import { FlodesError } from "../messages/flodes-error.js";
import { metricsMessage } from "../messages/metrics.js";
import { CATEGORY_CODE, type Category, isCategory } from "../model/category.js";
import type { ColumnarLog } from "../model/columnar.js";
import type { Observation } from "../model/observation.js";
import type { Process } from "../model/process.js";
import { matchKey as norm } from "../model/step-resolver.js";

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

/**
 * The columns both adapters fill, row by row: flow and step dictionaries (codes by first appearance), times checked
 * end ≥ start, categories, and which starts and categories were assumed.
 */
class ColumnsBuilder {
  readonly flow: Int32Array;
  readonly step: Int32Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly category: Int8Array;
  private readonly assumedStart: Uint8Array;
  private readonly assumedCategory: Uint8Array;
  private anyAssumedStart = false;
  private anyAssumedCategory = false;
  private readonly flowIds: string[] = [];
  private readonly stepIds: string[] = [];
  private readonly flowCode = new Map<unknown, number>();
  private readonly stepCode = new Map<unknown, number>();

  constructor(readonly n: number) {
    this.flow = new Int32Array(n);
    this.step = new Int32Array(n);
    this.start = new Float64Array(n);
    this.end = new Float64Array(n);
    this.category = new Int8Array(n);
    this.assumedStart = new Uint8Array(n);
    this.assumedCategory = new Uint8Array(n);
  }

  private static code(ids: string[], codes: Map<unknown, number>, value: unknown): number {
    let c = codes.get(value);
    if (c === undefined) {
      c = ids.length;
      ids.push(String(value));
      codes.set(value, c);
    }
    return c;
  }

  /** Row `i`'s flow, step and times; throws when the end lies before the start (or either is missing). */
  set(i: number, flow: unknown, step: unknown, startMs: number, endMs: number, row: number | undefined): void {
    if (!(endMs >= startMs)) throw new FlodesError(metricsMessage.endBeforeStart(String(flow), String(step), row));
    this.flow[i] = ColumnsBuilder.code(this.flowIds, this.flowCode, flow);
    this.step[i] = ColumnsBuilder.code(this.stepIds, this.stepCode, step);
    this.start[i] = startMs;
    this.end[i] = endMs;
  }

  assumeStart(i: number): void {
    this.assumedStart[i] = 1;
    this.anyAssumedStart = true;
  }

  /** Row `i`'s category code; −1 (unknown) is NNVA, marked as assumed. */
  setCategory(i: number, code: number): void {
    if (code >= 0) {
      this.category[i] = code;
      return;
    }
    this.category[i] = NNVA;
    this.assumedCategory[i] = 1;
    this.anyAssumedCategory = true;
  }

  finish(): ColumnarLog {
    return {
      length: this.n,
      flow: this.flow,
      step: this.step,
      start: this.start,
      end: this.end,
      category: this.category,
      flowIds: this.flowIds,
      stepIds: this.stepIds,
      ...(this.anyAssumedStart ? { assumedStart: this.assumedStart } : {}),
      ...(this.anyAssumedCategory ? { assumedCategory: this.assumedCategory } : {}),
    };
  }
}

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
  const cols = new ColumnsBuilder(observations.length);
  const lookup = options.model ? categoryLookup(options.model) : undefined;
  // Category per (process, step) string, so the model is consulted once per distinct pair.
  const resolved = new Map<string, number>();
  for (let i = 0; i < observations.length; i++) {
    const o = observations[i];
    cols.set(i, o.flow, o.step, o.startMs, o.endMs, o.row);
    if (o.assumedStart) cols.assumeStart(i);
    if (o.category !== undefined && isCategory(o.category)) {
      cols.setCategory(i, CATEGORY_CODE[o.category]);
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
    cols.setCategory(i, c);
  }
  return cols.finish();
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
  const cols = new ColumnsBuilder(table.numRows());
  for (let i = 0; i < cols.n; i++) {
    cols.set(i, flows[i], steps[i], toMs(starts[i]), toMs(ends[i]), i + 1);
    const c = cats ? cats[i] : undefined;
    const upper = typeof c === "string" ? c.trim().toUpperCase() : "";
    cols.setCategory(i, isCategory(upper) ? CATEGORY_CODE[upper as Category] : -1);
    if (assumed?.[i]) cols.assumeStart(i);
  }
  return cols.finish();
}
