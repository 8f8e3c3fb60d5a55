import { qualityIssue } from "../io/issue-sink.js";
import { GOAL_METRICS } from "../io/org-files.js";
import {
  numberOf as cellNumber,
  text as cellText,
  type TableRecords as RecordSource,
  readTableRecords as readRecords,
  requireColumns,
  type TableRecord as SourceRecord,
} from "../io/table-records.js";
import type { Msg } from "../messages/msg.js";
import type { StaffingRange } from "../messages/steering.js";
import { steeringText as M } from "../messages/steering.js";
import type { IssueCode, QualityIssue } from "../model/quality.js";
import {
  type ContextFigure,
  EFFECT_MEASURES,
  type EffectMeasure,
  IMPROVEMENT_EFFORTS,
  IMPROVEMENT_PRIORITIES,
  IMPROVEMENT_STATUSES,
  type Improvement,
  type ImprovementEffort,
  type ImprovementPriority,
  type ImprovementStatus,
  PLAN_GOAL_LEVELS,
  type PlanGoal,
  type PlanGoalLevel,
  type ReferencePeriod,
  type StaffingRow,
} from "./types.js";

/** Options of the steering file parsers. */
export interface SteeringFileOptions {
  /** `"json"` or `"csv"`. __Default:__ guessed from the text (a leading `[` or `{` means JSON). */
  format?: "json" | "csv";
  /** File name put into every issue. */
  file?: string;
}

/** An ISO date "YYYY-MM-DD" that exists in the calendar. */
const isIsoDate = (s: string): boolean =>
  /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s)) && new Date(`${s}T00:00:00Z`).toISOString().slice(0, 10) === s;

/** A parsed small file: the accepted items, every problem, and the row accounting (rowsIn = accepted + rejected). */
export interface SteeringParse<T> {
  items: T[];
  issues: QualityIssue[];
  rowsIn: number;
  accepted: number;
  rejected: number;
}

/** Measures a goal in the goal hierarchy may name: the målbild measures and resource efficiency. */
export const GOAL_TREE_MEASURES: readonly string[] = [...GOAL_METRICS, "resourceEfficiency"];

const fold = (s: string): string => s.trim().toLowerCase().normalize("NFD").replace(/\p{M}/gu, "");

/** The allowed value matching `raw` (case and accents ignored), or undefined. */
function choose<T extends string>(raw: string, allowed: readonly T[], aliases: Readonly<Record<string, T>> = {}): T | undefined {
  const k = fold(raw);
  return allowed.find((a) => fold(a) === k) ?? aliases[k];
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** A share from "75 %", "75", "0,75" or "1": with a % sign, or above 1, it is per cent. */
function shareOf(v: unknown): number | null {
  const s = cellText(v);
  const pct = s.endsWith("%");
  const x = cellNumber(pct ? s.slice(0, -1) : v);
  if (x === null) return null;
  return pct || x > 1 ? x / 100 : x;
}

/** A signed per cent from "−30 %", "-30" or "+5 %". */
function percentOf(v: unknown): number | null {
  const s = cellText(v);
  return cellNumber(s.endsWith("%") ? s.slice(0, -1) : v);
}

/** Row accounting and issues of a finished parse. */
function finish<T>(src: RecordSource, items: T[], rejectedRows: number): SteeringParse<T> {
  // Records rejected while reading (bad field count) never reached the parser.
  const readRejected = src.rowsIn - src.records.length;
  return { items, issues: src.sink.issues, rowsIn: src.rowsIn, accepted: items.length, rejected: rejectedRows + readRejected };
}

/** Reads one column's text, or "" when the file has no such column. */
const get = (rec: SourceRecord, col: string | undefined): string => (col === undefined ? "" : cellText(rec.get(col)));

const STAFFING_COLUMNS = {
  unit: ["enhet", "unit"],
  role: ["roll", "role"],
  staff: ["antal", "antal_personer", "antal personer", "staff"],
  employmentRate: ["tjänstgöringsgrad", "tjanstgoringsgrad", "sysselsättningsgrad", "employmentrate", "employment_rate"],
  hoursPerWeek: ["timmar_per_vecka", "timmar per vecka", "veckoarbetstid", "hoursperweek", "hours_per_week"],
  shareInFlows: ["andel_i_flödet", "andel i flödet", "andel_i_flodet", "shareinflows", "share_in_flows"],
  hourlyCostSek: ["timkostnad", "timkostnad_kr", "hourlycostsek", "hourly_cost_sek"],
  fromMonth: ["från", "fran", "frommonth", "from"],
  toMonth: ["till", "tomonth", "to"],
} as const;

/**
 * Parses a staffing file (`bemanning.csv`): CSV `enhet;roll;antal;tjänstgöringsgrad;timmar_per_vecka` with the
 * optional columns `andel_i_flödet` (share of their time in the measured flows, default 100 %), `timkostnad` (SEK per
 * hour), `från` and `till` (months, `ÅÅÅÅ-MM`, inclusive), or JSON (a list of {@link StaffingRow}). Shares are read
 * as "75 %", "75", "0,75" (a number above 1, or with a % sign, is per cent). Each bad row is rejected with an
 * issue in Swedish and English naming file, row and column; a missing required column throws `FlodesError`.
 *
 * @example
 * parseStaffing("enhet;roll;antal;tjänstgöringsgrad;timmar_per_vecka\nu;Läkare;3;100 %;40\n").items[0]
 * // { unit: "u", role: "Läkare", staff: 3, employmentRate: 1, hoursPerWeek: 40, shareInFlows: 1, row: 2 }
 */
export function parseStaffing(text: string, options: SteeringFileOptions = {}): SteeringParse<StaffingRow> {
  const src = readRecords(text, options);
  const cols = requireColumns(src, STAFFING_COLUMNS, ["unit", "role", "staff", "employmentRate", "hoursPerWeek"], options.file);
  const items: StaffingRow[] = [];
  let rejected = 0;
  rows: for (const rec of src.records) {
    const bad = (column: string, msg: Msg<IssueCode>, value?: string) => {
      src.sink.add("error", rec.row, column, msg, value !== undefined ? { value } : {});
      rejected++;
    };
    const unit = get(rec, cols.unit);
    const role = get(rec, cols.role);
    for (const [col, v] of [
      [cols.unit, unit],
      [cols.role, role],
    ] as const) {
      if (v === "") {
        bad(col ?? "", M.missingValue(col ?? ""));
        continue rows;
      }
    }
    /**
     * A number of the row read with `read` and checked against `ok`; an issue and null when it is missing (and
     * `required`), not a number, or out of range.
     */
    const checked = (
      col: string | undefined,
      read: (v: unknown) => number | null,
      ok: (x: number) => boolean,
      range: StaffingRange,
      required: boolean,
    ): number | null | undefined => {
      const raw = get(rec, col);
      if (raw === "" && !required) return undefined;
      const x = col === undefined ? null : read(rec.get(col));
      if (x === null) bad(col ?? "", raw === "" ? M.missingValue(col ?? "") : M.badNumber(raw), raw);
      else if (!ok(x)) bad(col ?? "", M.outOfRange(raw, range), raw);
      else return x;
      return null;
    };
    const staff = checked(cols.staff, cellNumber, (x) => x >= 0, "zeroOrMore", true);
    if (staff == null) continue;
    const rate = checked(cols.employmentRate, shareOf, (x) => x > 0 && x <= 1, "share", true);
    if (rate == null) continue;
    const hours = checked(cols.hoursPerWeek, cellNumber, (x) => x > 0 && x <= 80, "hoursPerWeek", true);
    if (hours == null) continue;
    const share = checked(cols.shareInFlows, shareOf, (x) => x >= 0 && x <= 1, "percent", false);
    if (share === null) continue;
    const shareInFlows = share ?? 1;
    const hourlyCostSek = checked(cols.hourlyCostSek, cellNumber, (x) => x >= 0, "sek", false);
    if (hourlyCostSek === null) continue;
    const months: Partial<Record<"fromMonth" | "toMonth", string>> = {};
    for (const key of ["fromMonth", "toMonth"] as const) {
      const raw = get(rec, cols[key]);
      if (raw === "") continue;
      if (!MONTH.test(raw)) {
        bad(cols[key]!, M.badMonth(raw), raw);
        continue rows;
      }
      months[key] = raw;
    }
    if (months.fromMonth !== undefined && months.toMonth !== undefined && months.fromMonth > months.toMonth) {
      bad(cols.toMonth!, M.monthOrder(months.fromMonth, months.toMonth), months.toMonth);
      continue;
    }
    items.push({
      unit,
      role,
      staff,
      employmentRate: rate,
      hoursPerWeek: hours,
      shareInFlows,
      ...(hourlyCostSek !== undefined ? { hourlyCostSek } : {}),
      ...months,
      row: rec.row,
    });
  }
  return finish(src, items, rejected);
}

const IMPROVEMENT_COLUMNS = {
  id: ["id"],
  unit: ["enhet", "unit"],
  process: ["process"],
  title: ["titel", "namn", "title"],
  description: ["förändring", "forandring", "beskrivning", "description"],
  status: ["status"],
  from: ["startdatum", "start", "from"],
  priority: ["prioritet", "priority"],
  supportNeed: ["stödbehov", "stodbehov", "behov_av_stöd", "supportneed", "support"],
  ownerRole: ["ägarroll", "agarroll", "ägare", "ownerrole", "owner"],
  goal: ["mål", "mal", "mål_id", "goal"],
  effectMeasure: ["effektmått", "effektmatt", "effectmeasure"],
  expectedEffect: ["förväntad_effekt", "forvantad_effekt", "förväntad effekt", "expectedeffectpct", "expectedeffect"],
  effort: ["insats", "effort"],
  outcome: ["förväntat_utfall", "forvantat_utfall", "outcome"],
} as const;

/** Swedish names of the effect measures, accepted in the `effektmått` column. */
const EFFECT_ALIASES: Readonly<Record<string, EffectMeasure>> = {
  ledtid: "leadTime",
  vantetid: "wait",
  vantan: "wait",
  flodeseffektivitet: "flowEfficiency",
  "andel sloseri": "nvaShare",
  "andel icke vardeskapande tid": "nvaShare",
  leadtime: "leadTime",
  wait: "wait",
  floweffectivity: "flowEfficiency",
  nvashare: "nvaShare",
};

const STATUS_ALIASES: Readonly<Record<string, ImprovementStatus>> = {
  ide: "idé",
  idea: "idé",
  planned: "planerad",
  ongoing: "pågår",
  done: "klar",
  "followed up": "uppföljd",
};
const NO_SUPPORT = new Set(["", "nej", "no", "-", "–", "inget", "inga", "ingen"]);

/**
 * Parses an improvement portfolio file (`forbattringar.csv`): CSV with the columns `enhet` and `status` (idé,
 * planerad, pågår, klar, uppföljd) and the optional `id`, `process`, `titel`, `förändring`, `startdatum`
 * (ÅÅÅÅ-MM-DD), `prioritet` (hög, medel, låg), `stödbehov` (what support the unit asks for; empty or "nej" = none),
 * `ägarroll`, `mål` (id of the goal it serves in the goal hierarchy), `effektmått` (ledtid, väntetid,
 * flödeseffektivitet, andel slöseri) with `förväntad_effekt` (e.g. −30 %), `insats` (liten, medel, stor) and
 * `förväntat_utfall`; or JSON (a list of {@link Improvement}, also the older `{unit, process, from, outcome,
 * description}`). Each bad row is rejected with an issue in Swedish and English naming file, row and column; an
 * ongoing or finished improvement without a start date is kept with a warning (no before/after for it).
 *
 * @example
 * parseImprovements("enhet;status;titel\nu;pågår;Direktbokning\n").items[0].status // → "pågår"
 */
export function parseImprovements(text: string, options: SteeringFileOptions = {}): SteeringParse<Improvement> {
  const src = readRecords(text, options);
  const cols = requireColumns(src, IMPROVEMENT_COLUMNS, ["unit", "status"], options.file);
  const items: Improvement[] = [];
  const ids = new Set<string>();
  let rejected = 0;
  for (const rec of src.records) {
    const bad = (column: string, msg: Msg<IssueCode>, value?: string) => {
      src.sink.add("error", rec.row, column, msg, value !== undefined && value !== "" ? { value } : {});
      rejected++;
    };
    const unit = get(rec, cols.unit);
    if (unit === "") {
      bad(cols.unit!, M.missingValue(cols.unit!));
      continue;
    }
    const statusRaw = get(rec, cols.status);
    const status = statusRaw === "" ? undefined : choose(statusRaw, IMPROVEMENT_STATUSES, STATUS_ALIASES);
    if (status === undefined) {
      bad(cols.status!, statusRaw === "" ? M.missingValue(cols.status!) : M.badChoice(statusRaw, IMPROVEMENT_STATUSES), statusRaw);
      continue;
    }
    const process = get(rec, cols.process);
    const id = get(rec, cols.id) || `${unit}${process ? `/${process}` : ""}/${rec.row}`;
    if (ids.has(id)) {
      bad(cols.id ?? "id", M.duplicateId(id), id);
      continue;
    }
    const from = get(rec, cols.from);
    if (from !== "" && !isIsoDate(from)) {
      bad(cols.from!, M.badDate(from), from);
      continue;
    }
    const priorityRaw = get(rec, cols.priority);
    let priority: ImprovementPriority | undefined;
    if (priorityRaw !== "") {
      priority = choose(priorityRaw, IMPROVEMENT_PRIORITIES, { high: "hög", medium: "medel", low: "låg" });
      if (priority === undefined) {
        bad(cols.priority!, M.badChoice(priorityRaw, IMPROVEMENT_PRIORITIES), priorityRaw);
        continue;
      }
    }
    const effortRaw = get(rec, cols.effort);
    let effort: ImprovementEffort | undefined;
    if (effortRaw !== "") {
      effort = choose(effortRaw, IMPROVEMENT_EFFORTS, { small: "liten", medium: "medel", large: "stor" });
      if (effort === undefined) {
        bad(cols.effort!, M.badChoice(effortRaw, IMPROVEMENT_EFFORTS), effortRaw);
        continue;
      }
    }
    // JSON may hold the expected effect as one object { measure, changePct }.
    const effectCell = cols.expectedEffect !== undefined ? rec.get(cols.expectedEffect) : undefined;
    const effectObj = effectCell !== null && typeof effectCell === "object" ? (effectCell as Record<string, unknown>) : undefined;
    const measureRaw = effectObj ? cellText(effectObj.measure) : get(rec, cols.effectMeasure);
    const effectRaw = effectObj ? cellText(effectObj.changePct) : get(rec, cols.expectedEffect);
    const measureCol = cols.effectMeasure ?? cols.expectedEffect ?? "effektmått";
    const effectCol = cols.expectedEffect ?? "förväntad_effekt";
    let expectedEffect: Improvement["expectedEffect"];
    if (measureRaw !== "" || effectRaw !== "") {
      if (measureRaw === "") {
        bad(measureCol, M.effectWithoutMeasure());
        continue;
      }
      if (effectRaw === "") {
        bad(effectCol, M.measureWithoutEffect());
        continue;
      }
      const measure = choose(measureRaw, EFFECT_MEASURES, EFFECT_ALIASES);
      if (measure === undefined) {
        bad(measureCol, M.badChoice(measureRaw, ["ledtid", "väntetid", "flödeseffektivitet", "andel slöseri"]), measureRaw);
        continue;
      }
      const changePct = percentOf(effectRaw);
      if (changePct === null) {
        bad(effectCol, M.badNumber(effectRaw), effectRaw);
        continue;
      }
      expectedEffect = { measure, changePct };
    }
    const supportRaw = get(rec, cols.supportNeed);
    const supportNeed = NO_SUPPORT.has(supportRaw.toLowerCase()) ? undefined : supportRaw;
    const description = get(rec, cols.description);
    const title = get(rec, cols.title) || shortTitle(description) || process || id;
    if (from === "" && (status === "pågår" || status === "klar" || status === "uppföljd")) {
      src.sink.add("warning", rec.row, cols.from ?? "startdatum", M.noStartDate(status));
    }
    ids.add(id);
    const optional = {
      process,
      description,
      from,
      ownerRole: get(rec, cols.ownerRole),
      goal: get(rec, cols.goal),
      outcome: get(rec, cols.outcome),
    };
    const item: Improvement = { id, unit, title, status };
    for (const [k, v] of Object.entries(optional)) if (v !== "") (item as unknown as Record<string, string>)[k] = v;
    if (priority) item.priority = priority;
    if (supportNeed !== undefined) item.supportNeed = supportNeed;
    if (expectedEffect) item.expectedEffect = expectedEffect;
    if (effort) item.effort = effort;
    item.row = rec.row;
    items.push(item);
  }
  return finish(src, items, rejected);
}

/** The first clause of a description, for a title: up to the first comma, at most ~60 characters. */
function shortTitle(description: string): string {
  const first = description.split(",")[0]?.trim() ?? "";
  return first.length <= 60 ? first : `${first.slice(0, 57).trimEnd()}…`;
}

/**
 * Checks an improvement portfolio against the goal hierarchy: an improvement naming a goal that does not exist gets a
 * warning (the red thread is broken there), naming file, row and column.
 *
 * @example
 * checkImprovementGoals(improvements, planGoals, { file: "forbattringar.csv" }) // → [] — every improvement names a goal the hierarchy has
 */
export function checkImprovementGoals(
  improvements: readonly Improvement[],
  goals: readonly PlanGoal[],
  options: { file?: string } = {},
): QualityIssue[] {
  const known = new Set(goals.map((g) => g.id));
  return improvements
    .filter((i) => i.goal !== undefined && !known.has(i.goal))
    .map((i) => {
      const issue = qualityIssue(M.unknownGoal(i.goal!), "warning", i.row ?? 0, "mål", { value: i.goal! });
      return options.file !== undefined ? { file: options.file, ...issue } : issue;
    });
}

const GOAL_TREE_COLUMNS = {
  id: ["id"],
  level: ["nivå", "niva", "level"],
  parent: ["förälder", "foralder", "överordnat", "overordnat", "parent"],
  title: ["titel", "namn", "title"],
  unit: ["enhet", "unit"],
  measure: ["mått", "matt", "measure", "metric"],
  baseline: ["baslinje", "baseline"],
  target: ["målvärde", "malvarde", "target"],
  changePct: ["förändring", "forandring", "changepct", "change"],
  reference: ["referens", "referensår", "referensar", "reference"],
  deadline: ["datum", "måldatum", "deadline"],
} as const;

const LEVEL_ALIASES: Readonly<Record<string, PlanGoalLevel>> = {
  "mal i regionplanen": "regionmål",
  regionplanemal: "regionmål",
  fokusomrade: "fokusområde",
  "arligt delmal": "delmål",
  delmal: "delmål",
  milstolpe: "delmål",
  enhetsmal: "enhetsmål",
};

/**
 * Reads a reference period: a year ("2025") or a month range ("2025-01..2025-06"); null when it is neither.
 * @example parseReferencePeriod("2025") // → { label: "2025", fromMonth: "2025-01", toMonth: "2025-12" }
 */
export function parseReferencePeriod(text: string): ReferencePeriod | null {
  const s = text.trim();
  if (/^\d{4}$/.test(s)) return { label: s, fromMonth: `${s}-01`, toMonth: `${s}-12` };
  const m = /^(\d{4}-\d{2})\s*(?:\.\.|–|—)\s*(\d{4}-\d{2})$/.exec(s);
  if (m && MONTH.test(m[1]!) && MONTH.test(m[2]!) && m[1]! <= m[2]!) return { label: s, fromMonth: m[1]!, toMonth: m[2]! };
  return null;
}

/**
 * Parses a goal hierarchy file (`malhierarki.csv`): CSV `id;nivå;förälder;titel` with the levels regionmål,
 * fokusområde, delmål (yearly milestone) and enhetsmål, and for measurable goals `enhet;mått` plus either
 * `målvärde` (with an optional `baslinje`) or `förändring` (e.g. −30 %) against `referens` (a year, 2025, or months,
 * 2025-01..2025-06), and `datum` (deadline); or JSON (a list of {@link PlanGoal}). A measure is any of
 * {@link GOAL_TREE_MEASURES} (or `options.measures`). Bad rows are rejected naming file, row and column; a parent
 * that does not exist or a cycle is reported as a warning and the goal becomes a top goal (nothing is dropped).
 *
 * @example
 * parseGoalTree("id;nivå;förälder;titel\nR1;regionmål;;God tillgänglighet\n").items[0].level // → "regionmål"
 */
export function parseGoalTree(text: string, options: SteeringFileOptions & { measures?: readonly string[] } = {}): SteeringParse<PlanGoal> {
  const measures = options.measures ?? GOAL_TREE_MEASURES;
  const src = readRecords(text, options);
  const cols = requireColumns(src, GOAL_TREE_COLUMNS, ["id", "level", "title"], options.file);
  const items: PlanGoal[] = [];
  const ids = new Set<string>();
  let rejected = 0;
  rows: for (const rec of src.records) {
    const bad = (column: string, msg: Msg<IssueCode>, value?: string) => {
      src.sink.add("error", rec.row, column, msg, value !== undefined && value !== "" ? { value } : {});
      rejected++;
    };
    const id = get(rec, cols.id);
    if (id === "") {
      bad(cols.id!, M.missingValue(cols.id!));
      continue;
    }
    if (ids.has(id)) {
      bad(cols.id!, M.duplicateId(id), id);
      continue;
    }
    const levelRaw = get(rec, cols.level);
    const level = choose(levelRaw, PLAN_GOAL_LEVELS, LEVEL_ALIASES);
    if (level === undefined) {
      bad(cols.level!, levelRaw === "" ? M.missingValue(cols.level!) : M.badChoice(levelRaw, PLAN_GOAL_LEVELS), levelRaw);
      continue;
    }
    const title = get(rec, cols.title);
    if (title === "") {
      bad(cols.title!, M.missingValue(cols.title!));
      continue;
    }
    const goal: PlanGoal = { id, level, title, row: rec.row };
    const parent = get(rec, cols.parent);
    if (parent !== "") goal.parent = parent;
    const unit = get(rec, cols.unit);
    if (unit !== "") goal.unit = unit;
    const measureRaw = get(rec, cols.measure);
    if (measureRaw !== "") {
      const measure = measures.find((m) => m.toLowerCase() === measureRaw.toLowerCase());
      if (measure === undefined) {
        bad(cols.measure!, M.badChoice(measureRaw, measures), measureRaw);
        continue;
      }
      goal.measure = measure;
    }
    for (const key of ["baseline", "target"] as const) {
      const raw = get(rec, cols[key]);
      if (raw === "") continue;
      const v = cellNumber(rec.get(cols[key]!));
      if (v === null) {
        bad(cols[key]!, M.badNumber(raw), raw);
        continue rows;
      }
      goal[key] = v;
    }
    const changeRaw = get(rec, cols.changePct);
    if (changeRaw !== "") {
      const v = percentOf(changeRaw);
      if (v === null) {
        bad(cols.changePct!, M.badNumber(changeRaw), changeRaw);
        continue;
      }
      goal.changePct = v;
    }
    const refRaw = get(rec, cols.reference);
    if (refRaw !== "") {
      const ref = parseReferencePeriod(refRaw);
      if (ref === null) {
        bad(cols.reference!, M.badReference(refRaw), refRaw);
        continue;
      }
      goal.reference = ref;
    }
    const deadline = get(rec, cols.deadline);
    if (deadline !== "") {
      if (!isIsoDate(deadline)) {
        bad(cols.deadline!, M.badDate(deadline), deadline);
        continue;
      }
      goal.deadline = deadline;
    }
    if (goal.measure !== undefined) {
      if (goal.unit === undefined) {
        bad(cols.unit ?? "enhet", M.measureWithoutUnit());
        continue;
      }
      if (goal.target === undefined && goal.changePct === undefined) {
        bad(cols.target ?? "målvärde", M.measureWithoutTarget());
        continue;
      }
      if (goal.target === undefined && goal.reference === undefined && goal.baseline === undefined) {
        bad(cols.reference ?? "referens", M.changeWithoutReference());
        continue;
      }
      if (goal.deadline === undefined) {
        bad(cols.deadline ?? "datum", M.measureWithoutDeadline());
        continue;
      }
    }
    ids.add(id);
    items.push(goal);
  }
  // Parents are checked once every row is read (a parent may come after its children).
  const byId = new Map(items.map((g) => [g.id, g]));
  for (const g of items) {
    if (g.parent === undefined) continue;
    const p = byId.get(g.parent);
    if (!p) {
      src.sink.add("warning", g.row ?? 0, cols.parent ?? "förälder", M.unknownParentGoal(g.id, g.parent), { value: g.parent });
      delete g.parent;
    } else if (PLAN_GOAL_LEVELS.indexOf(p.level) > PLAN_GOAL_LEVELS.indexOf(g.level)) {
      src.sink.add("warning", g.row ?? 0, cols.level ?? "nivå", M.levelAboveParent(g.id, g.level, p.level), { value: g.level });
    }
  }
  for (const g of items) {
    const seen = new Set([g.id]);
    let p = g.parent;
    while (p !== undefined) {
      if (seen.has(p)) {
        src.sink.add("warning", g.row ?? 0, cols.parent ?? "förälder", M.goalCycle(g.id), { value: g.parent ?? "" });
        delete g.parent;
        break;
      }
      seen.add(p);
      p = byId.get(p)?.parent;
    }
  }
  return finish(src, items, rejected);
}

const CONTEXT_COLUMNS = {
  unit: ["enhet", "unit"],
  kind: ["typ", "mått", "matt", "kind"],
  period: ["period", "år", "ar", "year"],
  amountSek: ["belopp", "belopp_kr", "kronor", "amountsek", "amount"],
  note: ["beskrivning", "kommentar", "note"],
} as const;

/**
 * Parses a file of context figures (`kontext.csv`): CSV `enhet;typ;period;belopp` with an optional `beskrivning`
 * (e.g. `narsjukvard-umea;budgetavvikelse;2025;−4 200 000;…`; a negative amount is a deficit; `typ` defaults to
 * "budgetavvikelse"), or JSON (a list of {@link ContextFigure}). Bad rows are rejected naming file, row and column.
 *
 * @example
 * parseContextFigures("enhet;period;belopp\nu;2025;-1 500 000\n").items[0].amountSek // → -1500000
 */
export function parseContextFigures(text: string, options: SteeringFileOptions = {}): SteeringParse<ContextFigure> {
  const src = readRecords(text, options);
  const cols = requireColumns(src, CONTEXT_COLUMNS, ["unit", "period", "amountSek"], options.file);
  const items: ContextFigure[] = [];
  let rejected = 0;
  for (const rec of src.records) {
    const unit = get(rec, cols.unit);
    const period = get(rec, cols.period);
    const missing = unit === "" ? cols.unit! : period === "" ? cols.period! : undefined;
    if (missing !== undefined) {
      src.sink.add("error", rec.row, missing, M.missingValue(missing));
      rejected++;
      continue;
    }
    const raw = get(rec, cols.amountSek);
    const amount = cellNumber(rec.get(cols.amountSek!));
    if (amount === null) {
      src.sink.add(
        "error",
        rec.row,
        cols.amountSek!,
        raw === "" ? M.missingValue(cols.amountSek!) : M.badNumber(raw),
        raw !== "" ? { value: raw } : {},
      );
      rejected++;
      continue;
    }
    const note = get(rec, cols.note);
    items.push({
      unit,
      kind: get(rec, cols.kind) || "budgetavvikelse",
      period,
      amountSek: amount,
      ...(note !== "" ? { note } : {}),
      row: rec.row,
    });
  }
  return finish(src, items, rejected);
}
