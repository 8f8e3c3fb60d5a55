import { orgFilesMessage as M } from "../messages/org-files.js";
import { type Goal, type GoalMetric, UNIT_LEVELS, type Unit, type UnitLevel } from "../model/org.js";
import type { QualityIssue } from "../model/quality.js";
import { matchKey as norm } from "../model/step-resolver.js";
import { numberOf, readTableRecords as readSource, requireColumns, text } from "./table-records.js";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

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
  "waitShare",
  "nvaWorkShare",
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

/**
 * Parses a units file: CSV (`id;namn;nivå;förälder`, English names `id,name,level,parent` also accepted; any
 * separator; decimal/BOM tolerant) or JSON (a list of {@link Unit}). Bad rows are rejected with an issue that names
 * file, row and column; a missing required column throws {@link FlodesError}.
 *
 * @example
 * parseUnits("id;namn;nivå;förälder\nr;Region;region;\nu;Umeå;enhet;r\n").units.length // → 2
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
      src.sink.add("error", rec.row, cols.id ?? "id", M.missingValue(cols.id ?? "id"));
      continue;
    }
    const level = UNIT_LEVELS.find((l) => l === norm(levelRaw) || l.normalize("NFD").replace(/\p{M}/gu, "") === norm(levelRaw));
    if (level === undefined) {
      src.sink.add("error", rec.row, cols.level ?? "nivå", M.badLevel(levelRaw), { value: levelRaw });
      continue;
    }
    if (seen.has(id)) {
      src.sink.add("error", rec.row, cols.id ?? "id", M.duplicateUnit(id), { value: id });
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
 * parseGoals("enhet;mått;baslinje;mål;datum\nu;flowEfficiency;0,10;0,20;2026-06-30\n").goals[0].baseline // → 0.1
 */
export function parseGoals(text_: string, options: OrgFileOptions = {}): GoalsParse {
  const src = readSource(text_, options);
  const cols = requireColumns(src, GOAL_COLUMNS, ["unit", "metric", "baseline", "target", "deadline"], options.file);
  const goals: Goal[] = [];
  rows: for (const rec of src.records) {
    const unit = text(rec.get(cols.unit ?? ""));
    if (unit === "") {
      src.sink.add("error", rec.row, cols.unit ?? "enhet", M.missingValue(cols.unit ?? "enhet"));
      continue;
    }
    const metricRaw = text(rec.get(cols.metric ?? ""));
    const metric = GOAL_METRICS.find((m) => norm(m) === norm(metricRaw));
    if (metric === undefined) {
      src.sink.add("error", rec.row, cols.metric ?? "mått", M.badMetric(metricRaw, GOAL_METRICS), { value: metricRaw });
      continue;
    }
    const nums: Record<"baseline" | "target", number> = { baseline: 0, target: 0 };
    for (const key of ["baseline", "target"] as const) {
      const col = cols[key] ?? key;
      const v = numberOf(rec.get(col));
      if (v === null) {
        src.sink.add("error", rec.row, col, M.badNumber(text(rec.get(col))), { value: text(rec.get(col)) });
        continue rows;
      }
      nums[key] = v;
    }
    const deadline = text(rec.get(cols.deadline ?? ""));
    if (!DATE.test(deadline) || Number.isNaN(Date.parse(deadline))) {
      src.sink.add("error", rec.row, cols.deadline ?? "datum", M.badDate(deadline), { value: deadline });
      continue;
    }
    const baselineDate = cols.baselineDate ? text(rec.get(cols.baselineDate)) : "";
    if (baselineDate !== "" && (!DATE.test(baselineDate) || Number.isNaN(Date.parse(baselineDate)))) {
      src.sink.add("error", rec.row, cols.baselineDate ?? "baslinjedatum", M.badDate(baselineDate), { value: baselineDate });
      continue;
    }
    goals.push({ unit, metric, baseline: nums.baseline, target: nums.target, deadline, ...(baselineDate !== "" ? { baselineDate } : {}) });
  }
  return { goals, issues: src.sink.issues };
}
