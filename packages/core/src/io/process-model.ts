import { FlodesError } from "../messages/flodes-error.js";
import { importMessage } from "../messages/import.js";
import { queueMessage } from "../messages/queue.js";
import type { Category } from "../model/category.js";
import { parseCategory, parseDecimal, parseWasteType } from "../model/category-words.js";
import type { Process, ProcessDependency, Step } from "../model/process.js";
import type { QualityIssue } from "../model/quality.js";
import { matchKey } from "../model/step-resolver.js";
import type { WasteType } from "../model/waste.js";
import { normaliseColumnName } from "./column-map.js";
import { detectSeparator, readCsvTable } from "./csv-reader.js";
import { IssueSink } from "./issue-sink.js";

/** Options for {@link parseProcessModel}. */
export interface ProcessModelOptions {
  format: "json" | "csv";
  /** File name for messages; its base name (without extension) is the default process id. */
  file?: string;
  /** Process id. __Default value:__ the JSON `id`, else the file's base name, else "process". */
  id?: string;
  /** Process name. __Default value:__ the JSON `name`, else the id. */
  name?: string;
}

const MODEL_COLUMNS = {
  id: ["steg", "step", "id", "stegid", "stepid", "aktivitet", "activity"],
  name: ["namn", "name", "stegnamn", "benämning", "visningsnamn"],
  category: ["kategori", "category", "värdeklass", "klass"],
  waste: ["slöseri", "sloseri", "slöseritype", "slöserityp", "waste", "wastetype", "slöserikategori"],
  role: ["roll", "role", "yrkesroll", "befattning"],
  cost: ["timkostnad", "timkostnadsek", "timkostnad(sek)", "timkostnadkr", "hourlycost", "hourlycostsek", "kostnadpertimme", "kostnad"],
  minutes: ["standardtidmin", "standardtid", "standardtid(min)", "standarddurationmin", "standardminuter", "standardminutes"],
  pctKa: ["%ka", "ka", "pctka", "%c&a", "c&a", "pctcompleteaccurate", "procentka", "andelka"],
  end: ["slutsteg", "avslutar", "avslutarflödet", "end", "endstep", "isend"],
} as const;

const YES = new Set(["ja", "j", "x", "yes", "y", "true", "sant", "1"]);
const NO = new Set(["", "-", "nej", "n", "no", "false", "falskt", "0"]);

/** Reads a yes/no cell (ja/nej, x, 1/0, true/false; empty = no); null when it is neither. */
function parseYesNo(raw: string): boolean | null {
  const v = raw.trim().toLowerCase();
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return null;
}

function baseName(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  const b = file.split(/[\\/]/).pop() ?? file;
  const dot = b.indexOf(".");
  return dot > 0 ? b.slice(0, dot) : b;
}

function pctValue(raw: string): number {
  const hasPct = raw.trim().endsWith("%");
  const v = parseDecimal(raw);
  if (Number.isNaN(v)) return v;
  return hasPct || v > 1 ? v / 100 : v;
}

function parseCsvModel(text: string, sink: IssueSink): Step[] {
  const table = readCsvTable(text, detectSeparator(text), sink);
  const norm = table.columns.map(normaliseColumnName);
  const find = (names: readonly string[]): number | undefined => {
    for (const n of names) {
      const i = norm.indexOf(n);
      if (i >= 0) return i;
    }
    return undefined;
  };
  const col = Object.fromEntries(Object.entries(MODEL_COLUMNS).map(([k, v]) => [k, find(v)])) as Record<
    keyof typeof MODEL_COLUMNS,
    number | undefined
  >;
  const where = sink.file !== undefined ? { file: sink.file } : {};
  if (col.id === undefined) throw new FlodesError(importMessage.modelMissingColumn("steg"), { ...where, row: 1, column: "steg" });
  if (col.category === undefined)
    throw new FlodesError(importMessage.modelMissingColumn("kategori"), { ...where, row: 1, column: "kategori" });
  const steps: Step[] = [];
  const seen = new Map<string, number>();
  const { cells, width, columns, lines } = table;
  for (let r = 0; r < lines.length; r++) {
    const line = lines[r]!;
    const get = (c: number | undefined): string => (c === undefined ? "" : cells[r * width + c]!.trim());
    const id = get(col.id);
    let bad = false;
    if (id === "") {
      sink.add("error", line, columns[col.id]!, importMessage.missingStep());
      bad = true;
    } else if (seen.has(id.toLowerCase())) {
      sink.add("error", line, columns[col.id]!, importMessage.modelDuplicateStep(id, seen.get(id.toLowerCase())!), { value: id });
      bad = true;
    }
    const catRaw = get(col.category);
    const category = parseCategory(catRaw);
    if (category === null) {
      sink.add("error", line, columns[col.category]!, importMessage.badCategory(catRaw), { value: catRaw });
      bad = true;
    }
    let wasteType: WasteType | undefined;
    const wasteRaw = get(col.waste);
    if (wasteRaw !== "" && wasteRaw !== "-") {
      const w = parseWasteType(wasteRaw);
      if (w === null) {
        sink.add("error", line, columns[col.waste!]!, importMessage.badWasteType(wasteRaw), { value: wasteRaw });
        bad = true;
      } else wasteType = w;
    }
    const num = (c: number | undefined, read: (s: string) => number, ok: (v: number) => boolean): number | undefined => {
      const raw = get(c);
      if (raw === "") return undefined;
      const v = read(raw);
      if (Number.isNaN(v) || !ok(v)) {
        sink.add("error", line, columns[c!]!, importMessage.badNumber(raw), { value: raw });
        bad = true;
        return undefined;
      }
      return v;
    };
    const cost = num(col.cost, parseDecimal, (v) => v >= 0);
    const minutes = num(col.minutes, parseDecimal, (v) => v >= 0);
    const pct = num(col.pctKa, pctValue, (v) => v >= 0 && v <= 1);
    const endRaw = get(col.end);
    const end = parseYesNo(endRaw);
    if (end === null) {
      sink.add("error", line, columns[col.end!]!, queueMessage.badEndFlag(endRaw), { value: endRaw });
      bad = true;
    }
    if (bad) continue;
    seen.set(id.toLowerCase(), line);
    const step: Step = { id, name: get(col.name) || id, category: category as Category };
    if (wasteType !== undefined) step.wasteType = wasteType;
    const role = get(col.role);
    if (role !== "") step.role = role;
    if (cost !== undefined) step.hourlyCostSek = cost;
    if (minutes !== undefined) step.standardDurationMs = Math.round(minutes * 60_000);
    if (pct !== undefined) step.pctCompleteAccurate = pct;
    if (end === true) step.end = true;
    steps.push(step);
  }
  return steps;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
const isObj = (x: Json | undefined): x is { [k: string]: Json } => typeof x === "object" && x !== null && !Array.isArray(x);
const pick = (o: { [k: string]: Json }, keys: readonly string[]): Json | undefined => {
  for (const k of keys) if (o[k] !== undefined) return o[k];
  return undefined;
};

function parseJsonModel(text: string, sink: IssueSink, opts: ProcessModelOptions): { steps: Step[]; head: Partial<Process> } {
  const where = sink.file !== undefined ? { file: sink.file } : {};
  let doc: Json;
  try {
    doc = JSON.parse(text) as Json;
  } catch (e) {
    throw new FlodesError(importMessage.modelBadJson((e as Error).message), where);
  }
  if (Array.isArray(doc) && doc.length === 1) doc = doc[0]!;
  if (!isObj(doc)) throw new FlodesError(importMessage.modelBadField("UNREADABLE", "$", "an object with steps"), where);
  const bad = (
    code: "BAD_CATEGORY" | "BAD_WASTE_TYPE" | "BAD_NUMBER" | "MISSING_STEP" | "DUPLICATE_ROW",
    path: string,
    expected: string,
    value?: string,
  ): void => sink.add("error", 0, path, importMessage.modelBadField(code, path, expected), value !== undefined ? { value } : {});
  const head: Partial<Process> = {};
  const str = (v: Json | undefined): string | undefined =>
    typeof v === "string" && v.trim() !== "" ? v.trim() : typeof v === "number" ? String(v) : undefined;
  const id = str(pick(doc, ["id", "processId"]));
  if (id !== undefined) head.id = id;
  const name = str(pick(doc, ["name", "namn"]));
  if (name !== undefined) head.name = name;
  const unit = str(pick(doc, ["unit", "enhet"]));
  if (unit !== undefined) head.unit = unit;
  const wc = pick(doc, ["waitingCostPerHourSek", "väntekostnadPerTimme"]);
  if (wc !== undefined) {
    const v = typeof wc === "number" ? wc : typeof wc === "string" ? parseDecimal(wc) : Number.NaN;
    if (Number.isFinite(v) && v >= 0) head.waitingCostPerHourSek = v;
    else bad("BAD_NUMBER", "waitingCostPerHourSek", "a number ≥ 0");
  }
  const deps = pick(doc, ["dependencies", "beroenden"]);
  if (Array.isArray(deps)) {
    const list: ProcessDependency[] = [];
    deps.forEach((d, i) => {
      if (isObj(d) && typeof d.step === "string" && typeof d.upstreamProcess === "string") {
        const dep: ProcessDependency = { step: d.step, upstreamProcess: d.upstreamProcess };
        if (typeof d.upstreamStep === "string") dep.upstreamStep = d.upstreamStep;
        if (typeof d.linkColumn === "string") dep.linkColumn = d.linkColumn;
        list.push(dep);
      } else bad("MISSING_STEP", `dependencies[${i}]`, "{ step, upstreamProcess }");
    });
    head.dependencies = list;
  }
  const ends = pick(doc, ["endSteps", "slutsteg"]);
  if (ends !== undefined) {
    if (Array.isArray(ends) && ends.every((e) => typeof e === "string" && e.trim() !== ""))
      head.endSteps = (ends as string[]).map((e) => e.trim());
    else sink.add("error", 0, "endSteps", importMessage.modelBadField("BAD_END_STEP", "endSteps", "a list of step ids or names"));
  }
  const rawSteps = pick(doc, ["steps", "steg"]);
  if (!Array.isArray(rawSteps)) throw new FlodesError(importMessage.modelNoSteps(), { ...where, column: "steps" });
  const steps: Step[] = [];
  const seen = new Set<string>();
  rawSteps.forEach((s, i) => {
    const p = `steps[${i}]`;
    if (!isObj(s)) {
      bad("MISSING_STEP", p, "an object");
      return;
    }
    const sid = str(pick(s, ["id", "steg", "step"]));
    let ok = true;
    if (sid === undefined) {
      bad("MISSING_STEP", `${p}.id`, "a non-empty string");
      ok = false;
    } else if (seen.has(sid.toLowerCase())) {
      bad("DUPLICATE_ROW", `${p}.id`, "a step id not used before", sid);
      ok = false;
    }
    const catRaw = pick(s, ["category", "kategori"]);
    const category = typeof catRaw === "string" ? parseCategory(catRaw) : null;
    if (category === null) {
      bad("BAD_CATEGORY", `${p}.category`, "VA, NNVA or NVA", typeof catRaw === "string" ? catRaw : undefined);
      ok = false;
    }
    const step: Partial<Step> = {};
    const wRaw = pick(s, ["wasteType", "slöseri", "waste"]);
    if (wRaw !== undefined && wRaw !== null && wRaw !== "") {
      const w = typeof wRaw === "string" ? parseWasteType(wRaw) : null;
      if (w === null) {
        bad("BAD_WASTE_TYPE", `${p}.wasteType`, "a waste type", typeof wRaw === "string" ? wRaw : undefined);
        ok = false;
      } else step.wasteType = w;
    }
    const numField = (keys: readonly string[], path: string, valid: (v: number) => boolean, scale = 1): number | undefined => {
      const v = pick(s, keys);
      if (v === undefined || v === null || v === "") return undefined;
      const x = typeof v === "number" ? v : typeof v === "string" ? parseDecimal(v) : Number.NaN;
      if (!Number.isFinite(x) || !valid(x)) {
        bad("BAD_NUMBER", `${p}.${path}`, "a valid number");
        ok = false;
        return undefined;
      }
      return x * scale;
    };
    const cost = numField(["hourlyCostSek", "timkostnad"], "hourlyCostSek", (v) => v >= 0);
    const dur = numField(["standardDurationMs"], "standardDurationMs", (v) => v >= 0);
    const durMin = numField(["standardtid_min", "standardDurationMin"], "standardDurationMin", (v) => v >= 0, 60_000);
    const pct = numField(["pctCompleteAccurate", "%ka"], "pctCompleteAccurate", (v) => v >= 0 && v <= 1);
    const endRaw = pick(s, ["end", "slutsteg"]);
    const end =
      endRaw === undefined || endRaw === null
        ? false
        : typeof endRaw === "boolean"
          ? endRaw
          : typeof endRaw === "string"
            ? parseYesNo(endRaw)
            : null;
    if (end === null) {
      sink.add("error", 0, `${p}.end`, importMessage.modelBadField("BAD_END_STEP", `${p}.end`, "true or false"));
      ok = false;
    }
    if (!ok || sid === undefined || category === null) return;
    seen.add(sid.toLowerCase());
    const out: Step = { id: sid, name: str(pick(s, ["name", "namn"])) ?? sid, category, ...step };
    const role = str(pick(s, ["role", "roll"]));
    if (role !== undefined) out.role = role;
    if (cost !== undefined) out.hourlyCostSek = cost;
    const d = dur ?? durMin;
    if (d !== undefined) out.standardDurationMs = Math.round(d);
    if (pct !== undefined) out.pctCompleteAccurate = pct;
    if (end === true) out.end = true;
    steps.push(out);
  });
  void opts;
  return { steps, head };
}

/**
 * Reads a process model. CSV: columns `steg;kategori;slöseri;roll;timkostnad` (plus optional `namn`,
 * `standardtid_min`, `%ka`), separator auto-detected, Swedish category and waste words, decimal comma.
 * JSON: the {@link Process} shape (Swedish keys steg/namn/kategori/slöseri/roll/timkostnad/slutsteg accepted too).
 * End steps (slutsteg, which close a flow for queue analyses): JSON `endSteps` (step ids or names) or a step's
 * `end: true`; CSV a column `slutsteg` with ja/nej (x, 1/0, true/false; empty = nej).
 * Invalid rows are left out and reported as issues (file, row, column; JSON: row 0 and the field path);
 * only unreadable files, missing required columns or no steps at all throw {@link FlodesError}.
 *
 * @example
 * const { process } = parseProcessModel("steg;kategori;slöseri;roll;timkostnad\nTriage;VA;;Sjuksköterska;650,50\n", { format: "csv" });
 * process.steps[0].hourlyCostSek // → 650.5
 */
export function parseProcessModel(text: string, options: ProcessModelOptions): { process: Process; issues: QualityIssue[] } {
  const sink = new IssueSink(options.file, Number.POSITIVE_INFINITY);
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const { steps, head } =
    options.format === "json" ? parseJsonModel(src, sink, options) : { steps: parseCsvModel(src, sink), head: {} as Partial<Process> };
  if (steps.length === 0 && sink.issues.length === 0) {
    throw new FlodesError(importMessage.modelNoSteps(), options.file !== undefined ? { file: options.file } : {});
  }
  if (head.endSteps) {
    const known = new Set(steps.flatMap((s) => [matchKey(s.id), matchKey(s.name)]));
    const unknown = head.endSteps.filter((e) => !known.has(matchKey(e)));
    for (const e of unknown) sink.add("error", 0, "endSteps", queueMessage.unknownEndStep(e), { value: e });
    head.endSteps = head.endSteps.filter((e) => known.has(matchKey(e)));
  }
  const id = options.id ?? head.id ?? baseName(options.file) ?? "process";
  const process: Process = { ...head, id, name: options.name ?? head.name ?? id, steps };
  return { process, issues: sink.issues };
}
