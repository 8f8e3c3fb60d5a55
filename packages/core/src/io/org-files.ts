import { orgFilesMessage as M } from "../messages/org-files.js";
import { UNIT_LEVELS, type Goal, type GoalMetric, type Unit, type UnitLevel } from "../model/org.js";
import { detectSeparator, readCsvTable } from "./csv-reader.js";
import { ImportError } from "./import-error.js";
import { IssueSink } from "./issue-sink.js";
import type { QualityIssue } from "./quality.js";

/** Options of {@link parseUnits} and {@link parseGoals}. */
export interface OrgFileOptions {
  /** `"json"` or `"csv"`. __Default:__ guessed from the text (a leading `[` or `{` means JSON). */
  format?: "json" | "csv";
  /** File name put into every issue. */
  file?: string;
}

/** Parsed units plus every problem found (errors reject the row). */
export interface UnitsParse {
  units: Unit[];
  issues: QualityIssue[];
}

/** Parsed goals plus every problem found (errors reject the row). */
export interface GoalsParse {
  goals: Goal[];
  issues: QualityIssue[];
}

/** Goal metrics a goals file may name. */
export const GOAL_METRICS: readonly GoalMetric[] = [
  "leadTimeMedianMs",
  "leadTimeP85Ms",
  "flowEfficiency",
  "nvaShare",
  "waitMedianMs",
  "costOfWasteSek",
];

const UNIT_COLUMNS = {
  id: ["id", "enhet", "enhets-id", "unit"],
  name: ["namn", "name", "benämning"],
  level: ["nivå", "niva", "level"],
  parent: ["förälder", "foralder", "överordnad", "parent"],
} as const;

const GOAL_COLUMNS = {
  unit: ["enhet", "unit"],
  metric: ["mått", "matt", "metric"],
  baseline: ["baslinje", "baseline"],
  target: ["mål", "mal", "target"],
  deadline: ["datum", "måldatum", "deadline"],
  baselineDate: ["baslinjedatum", "baselinedate", "baseline_date"],
} as const;

type Record_ = { row: number; get(column: string): unknown; has(column: string): boolean };
type Source = { records: Record_[]; columns: Set<string>; sink: IssueSink };

const norm = (s: string) => s.trim().toLowerCase();

function isJson(text: string, format: OrgFileOptions["format"]): boolean {
  if (format) return format === "json";
  const t = text.trimStart();
  return t.startsWith("[") || t.startsWith("{");
}

function readSource(text: string, options: OrgFileOptions): Source {
  const sink = new IssueSink(options.file);
  const where = options.file !== undefined ? { file: options.file } : {};
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (isJson(body, options.format)) {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (e) {
      throw new ImportError("UNREADABLE", M.badJson((e as Error).message), where);
    }
    if (!Array.isArray(data)) throw new ImportError("UNREADABLE", M.notArray(), where);
    const columns = new Set<string>();
    // JSON has no lines: `row` is the 1-based position of the object in the list.
    const records = data.map((item, i): Record_ => {
      const obj = (item !== null && typeof item === "object" ? item : {}) as Record<string, unknown>;
      const keyed = new Map(Object.entries(obj).map(([k, v]) => [norm(k), v]));
      for (const k of keyed.keys()) columns.add(k);
      return { row: i + 1, get: (c) => keyed.get(c), has: (c) => keyed.has(c) };
    });
    return { records, columns, sink };
  }
  const table = readCsvTable(body, detectSeparator(body), sink);
  const cols = table.columns.map(norm);
  const index = new Map(cols.map((c, i) => [c, i]));
  const records: Record_[] = [];
  for (let r = 0; r < table.lines.length; r++) {
    const base = r * table.width;
    records.push({
      row: table.lines[r] ?? 0,
      get: (c) => {
        const i = index.get(c);
        return i === undefined ? undefined : table.cells[base + i];
      },
      has: (c) => index.has(c),
    });
  }
  return { records, columns: new Set(cols), sink };
}

/** The first alias present among the columns, or undefined. */
function pick(columns: Set<string>, aliases: readonly string[]): string | undefined {
  return aliases.find((a) => columns.has(a));
}

function text(v: unknown): string {
  if (v === undefined || v === null) return "";
  return typeof v === "string" ? v.trim() : String(v);
}

function numberOf(v: unknown): number | null {
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  const s = text(v).replace(/\s/g, "").replace("−", "-").replace(",", ".");
  if (s === "" || !/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(s)) return null;
  return Number(s);
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function requireColumns<K extends string>(src: Source, spec: Record<K, readonly string[]>, required: readonly NoInfer<K>[], file?: string): Record<K, string | undefined> {
  const out = {} as Record<K, string | undefined>;
  for (const key of Object.keys(spec) as K[]) {
    const col = pick(src.columns, spec[key]);
    if (col === undefined && required.includes(key) && src.records.length > 0) {
      throw new ImportError("NO_SUCH_COLUMN", M.missingColumn(spec[key][0] ?? key, spec[key]), {
        ...(file !== undefined ? { file } : {}),
        column: spec[key][0] ?? key,
      });
    }
    out[key] = col;
  }
  return out;
}

/**
 * Parses a units file: CSV (`id;namn;nivå;förälder`, English names `id,name,level,parent` also accepted; any
 * separator; decimal/BOM tolerant) or JSON (a list of {@link Unit}). Bad rows are rejected with an issue that names
 * file, row and column; a missing required column throws {@link ImportError}.
 *
 * @example
 * parseUnits("id;namn;nivå;förälder\nr;Region;region;\nu;Umeå;enhet;r\n").units.length // 2
 */
export function parseUnits(text_: string, options: OrgFileOptions = {}): UnitsParse {
  const src = readSource(text_, options);
  const cols = requireColumns(src, UNIT_COLUMNS, ["id", "level"], options.file);
  const units: Unit[] = [];
  const seen = new Set<string>();
  for (const rec of src.records) {
    const id = text(rec.get(cols.id ?? ""));
    const name = cols.name ? text(rec.get(cols.name)) : "";
    const levelRaw = text(rec.get(cols.level ?? ""));
    const parent = cols.parent ? text(rec.get(cols.parent)) : "";
    if (id === "") {
      src.sink.add("MISSING_FLOW", "error", rec.row, cols.id ?? "id", M.missingValue(cols.id ?? "id"));
      continue;
    }
    const level = UNIT_LEVELS.find((l) => l === norm(levelRaw) || l.normalize("NFD").replace(/\p{M}/gu, "") === norm(levelRaw));
    if (level === undefined) {
      src.sink.add("BAD_CATEGORY", "error", rec.row, cols.level ?? "nivå", M.badLevel(levelRaw), { value: levelRaw });
      continue;
    }
    if (seen.has(id)) {
      src.sink.add("DUPLICATE_ROW", "error", rec.row, cols.id ?? "id", M.duplicateUnit(id), { value: id });
      continue;
    }
    seen.add(id);
    units.push({ id, name: name || id, level: level as UnitLevel, ...(parent !== "" ? { parent } : {}) });
  }
  return { units, issues: src.sink.issues };
}

/**
 * Parses a goals (målbild) file: CSV (`enhet;mått;baslinje;mål;datum[;baslinjedatum]`, English
 * `unit,metric,baseline,target,deadline[,baselineDate]`; decimal comma accepted) or JSON (a list of {@link Goal}).
 * Bad rows are rejected with an issue naming file, row and column.
 *
 * @example
 * parseGoals("enhet;mått;baslinje;mål;datum\nu;flowEfficiency;0,10;0,20;2026-06-30\n").goals[0].baseline // 0.1
 */
export function parseGoals(text_: string, options: OrgFileOptions = {}): GoalsParse {
  const src = readSource(text_, options);
  const cols = requireColumns(src, GOAL_COLUMNS, ["unit", "metric", "baseline", "target", "deadline"], options.file);
  const goals: Goal[] = [];
  rows: for (const rec of src.records) {
    const unit = text(rec.get(cols.unit ?? ""));
    if (unit === "") {
      src.sink.add("MISSING_FLOW", "error", rec.row, cols.unit ?? "enhet", M.missingValue(cols.unit ?? "enhet"));
      continue;
    }
    const metricRaw = text(rec.get(cols.metric ?? ""));
    const metric = GOAL_METRICS.find((m) => norm(m) === norm(metricRaw));
    if (metric === undefined) {
      src.sink.add("BAD_CATEGORY", "error", rec.row, cols.metric ?? "mått", M.badMetric(metricRaw, GOAL_METRICS), { value: metricRaw });
      continue;
    }
    const nums: Record<"baseline" | "target", number> = { baseline: 0, target: 0 };
    for (const key of ["baseline", "target"] as const) {
      const col = cols[key] ?? key;
      const v = numberOf(rec.get(col));
      if (v === null) {
        src.sink.add("BAD_NUMBER", "error", rec.row, col, M.badNumber(text(rec.get(col))), { value: text(rec.get(col)) });
        continue rows;
      }
      nums[key] = v;
    }
    const deadline = text(rec.get(cols.deadline ?? ""));
    if (!DATE.test(deadline) || Number.isNaN(Date.parse(deadline))) {
      src.sink.add("UNPARSEABLE_TIME", "error", rec.row, cols.deadline ?? "datum", M.badDate(deadline), { value: deadline });
      continue;
    }
    const baselineDate = cols.baselineDate ? text(rec.get(cols.baselineDate)) : "";
    if (baselineDate !== "" && (!DATE.test(baselineDate) || Number.isNaN(Date.parse(baselineDate)))) {
      src.sink.add("UNPARSEABLE_TIME", "error", rec.row, cols.baselineDate ?? "baslinjedatum", M.badDate(baselineDate), { value: baselineDate });
      continue;
    }
    goals.push({ unit, metric, baseline: nums.baseline, target: nums.target, deadline, ...(baselineDate !== "" ? { baselineDate } : {}) });
  }
  return { goals, issues: src.sink.issues };
}
