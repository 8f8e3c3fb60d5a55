import { flowIndexOf } from "../log/flow-index.js";
import { formatNumberText } from "../messages/improvement.js";
import { textPair } from "../messages/msg.js";
import { intervalText, steeringText as M } from "../messages/steering.js";
import type { EventLog } from "../model/event-log.js";
import { matchKey } from "../model/step-resolver.js";
import { bootstrapMeanDifference } from "../stats/bootstrap.js";
import { DEFAULT_SEED } from "../stats/random.js";
import { parseIsoDate } from "../time/civil-date.js";
import { LocalZone } from "../time/local-zone.js";
import { flowProcessOf, observationRoleOf, observationUnitOf } from "./attribution.js";
import type { ContextFigure, Estimate, Improvement, StaffingRow } from "./types.js";

const HOUR_MS = 3_600_000;
/** Average month: 365,25 ÷ 12 days, to turn a window into months for the volume per month. */
const MONTH_MS = (365.25 / 12) * 86_400_000;
const CATEGORY_NVA = 2;

/**
 * Hours one årsarbetare (full-time equivalent) works in a year, the default of `hoursPerFte`: 1 700.
 * Derived from the legal norms, not measured: 40 h/week (arbetstidslagen 1982:673) × 52 weeks = 2 080 h, less about
 * 9–10 public holidays and closed eves on weekdays (≈ 75 h) and 25 days of vacation (semesterlagen 1977:480, 200 h)
 * ≈ 1 800 h, less roughly 6 % for sick leave and education ≈ 1 700 h. Collective agreements in the regions give
 * 25–32 vacation days and some roles work 38,25 h/week, so set your own figure (HR's planning assumption) when you
 * have one.
 */
export const DEFAULT_HOURS_PER_FTE = 1700;

/** A time window [fromMs, toMs) of flow starts. */
export interface FlowWindow {
  fromMs?: number;
  toMs?: number;
}

/** Options of {@link freedCapacity}. */
export interface FreedCapacityOptions {
  /** Zone in which the improvement's start date begins. __Default:__ "Europe/Stockholm". */
  tz?: string;
  /** Staffing (for the role's hourly cost in the unit). __Default:__ none. */
  staffing?: readonly StaffingRow[];
  /** Hourly cost in SEK per role, used when the staffing file gives none. __Default:__ the model step's `hourlyCostSek`. */
  hourlyCostByRole?: Readonly<Record<string, number>>;
  /** Working hours of one årsarbetare per year. __Default:__ {@link DEFAULT_HOURS_PER_FTE} (1 700). */
  hoursPerFte?: number;
  /** Flows (by start) that form the "before" group. __Default:__ every flow of the process starting before the change. */
  before?: FlowWindow;
  /**
   * Flows (by start) that form the "after" group; its length in months turns per-flow time into time per month.
   * __Default:__ from the change to the last start of a flow of the process.
   */
  after?: FlowWindow;
  /** Fewest flows per group. __Default:__ 5 (as `compareGroups`). */
  minN?: number;
  /** Bootstrap seed, resamples and level. __Default:__ DEFAULT_SEED, 2 000, 0,95 (as `compareGroups`). */
  seed?: number;
  resamples?: number;
  level?: number;
  /** Context figures to set the value of the freed time against. __Default:__ none. */
  context?: readonly ContextFigure[];
  /** Which kind of context figure to use. __Default:__ "budgetavvikelse". */
  contextKind?: string;
}

/** Freed time and its value, each with its interval. */
export interface FreedAmounts {
  /** Staff hours per month no longer spent on NVA work and rework (positive = freed). */
  hoursPerMonth: Estimate;
  /** hoursPerMonth × 12 ÷ hoursPerFte. */
  fte: Estimate;
  /** Value of the freed time per month at the roles' hourly costs; null when no hour has a known cost. */
  sekPerMonth: Estimate | null;
  sekPerYear: Estimate | null;
  /** Waste staff minutes per flow before and after (means). */
  minutesPerFlow: { before: number; after: number };
  /** Point estimates of the two parts: NVA work and rework (repeats of non-NVA steps). */
  nvaWorkHoursPerMonth: number;
  reworkHoursPerMonth: number;
}

/** Freed capacity of one role. */
export interface FreedRole extends FreedAmounts {
  role: string;
  /** Hourly cost used (SEK); null when the role has none. */
  hourlyCostSek: number | null;
}

/** An improvement's freed capacity. */
export interface FreedCapacity {
  ok: true;
  improvement: string;
  title: string;
  unit: string;
  process: string;
  from: string;
  flows: { before: number; after: number };
  /** Length of the before and after windows in months. */
  months: { before: number; after: number };
  /** Flows per month in the after window: the volume the freed time per flow is multiplied by. */
  flowsPerMonth: number;
  hoursPerFte: number;
  level: number;
  roles: FreedRole[];
  total: FreedAmounts;
  /** Freed hours per month whose role has no hourly cost (in hours, not in kronor). */
  uncostedHoursPerMonth: number;
  /** The interval of the total hours excludes 0. */
  clear: boolean;
  sentence: string;
  sentenceEn: string;
  /** The value per year set against a context figure of the unit, when one is given. */
  context: { figure: ContextFigure; shareOfAmount: Estimate; sentence: string; sentenceEn: string } | null;
  /** "Frigjord tid är inte sparade pengar förrän den används …". */
  caveat: string;
  caveatEn: string;
}

/** Why an improvement has no freed-capacity result. */
export interface FreedCapacityRefusal {
  ok: false;
  improvement: string;
  title: string;
  unit: string;
  code: "NO_PROCESS" | "NO_START_DATE" | "UNKNOWN_PROCESS" | "TOO_FEW_FLOWS";
  flows: { before: number; after: number };
  message: string;
  messageEn: string;
}

export type FreedCapacityResult = FreedCapacity | FreedCapacityRefusal;

/**
 * Local midnight of an ISO date in `tz`, as a UTC instant; null for a bad date.
 * @example
 * localMidnightMs("2025-07-01") // → 1751320800000 — 2025-06-30T22:00Z, midnight in summer time
 * localMidnightMs("2025-02-30") // → null
 */
export function localMidnightMs(isoDate: string, tz = "Europe/Stockholm"): number | null {
  const day = parseIsoDate(isoDate);
  return day === null ? null : new LocalZone(tz).toUtc(day, 0, "first");
}

/** "12,3" with enough decimals for small numbers. */
function num(x: number, digits = 1): { sv: string; en: string } {
  return formatNumberText(x, Math.abs(x) < 10 && digits === 1 ? 1 : digits);
}

function sekText(x: number): { sv: string; en: string } {
  const abs = Math.abs(x);
  if (abs >= 1e6) {
    const t = formatNumberText(x / 1e6, 1);
    return { sv: `${t.sv} mnkr`, en: `SEK ${t.en} million` };
  }
  const t = formatNumberText(Math.round(x / 1000) * 1000, 0);
  return { sv: `${t.sv} kr`, en: `SEK ${t.en}` };
}

/**
 * Freed capacity of an improvement: the staff time **no longer spent** on NVA work (observations in the NVA
 * category) and rework (repeats of a step already done in the flow, when not NVA already), per role, from the
 * before/after split of the improvement's process at its start date.
 *
 * - Per flow and role, waste staff time = Σ durations of those observations (person-time, as cost of waste).
 * - Freed time per flow = mean(before) − mean(after); **per month** = that × the flows per month of the after window
 *   (today's volume); **årsarbetare** = hours per month × 12 ÷ `hoursPerFte`; **kronor** = the same per flow at the
 *   role's hourly cost (staffing file for the unit, else `hourlyCostByRole`, else the model step's cost).
 * - Every figure has a percentile bootstrap 95 % interval (`bootstrapMeanDifference`: the resampling of
 *   `compareGroups`, with the mean, because waste work is zero in most flows and a median would hide it). The volume
 *   per month is taken as known; the roles and the total are resampled with the same draws.
 * - Set against the unit's context figure (e.g. its budget deviation) when given, always with the caveat that freed
 *   time is not saved money until it is used.
 *
 * @example
 * const r = freedCapacity(pilotLog, improvements[0], { staffing });
 * r.ok ? r.total.hoursPerMonth.lower <= r.total.hoursPerMonth.upper : r.code.length > 0 // → true
 */
export function freedCapacity(log: EventLog, improvement: Improvement, options: FreedCapacityOptions = {}): FreedCapacityResult {
  const minN = options.minN ?? 5;
  const level = options.level ?? 0.95;
  const hoursPerFte = options.hoursPerFte ?? DEFAULT_HOURS_PER_FTE;
  const base = {
    ok: false as const,
    improvement: improvement.id,
    title: improvement.title,
    unit: improvement.unit,
    flows: { before: 0, after: 0 },
  };
  const refuse = (code: FreedCapacityRefusal["code"], flows = base.flows): FreedCapacityRefusal => ({
    ...base,
    code,
    flows,
    ...textPair(M.freedRefusal(code, flows, minN)),
  });
  if (improvement.process === undefined) return refuse("NO_PROCESS");
  if (improvement.from === undefined) return refuse("NO_START_DATE");
  const changeMs = localMidnightMs(improvement.from, options.tz);
  if (changeMs === null) return refuse("NO_START_DATE");
  const proc = matchKey(improvement.process);
  const index = flowIndexOf(log);

  // Flows of the process with their first start.
  const flows: { f: number; startMs: number }[] = [];
  for (let f = 0; f < log.flowIds.length; f++) {
    const a = index.offsets[f]!;
    const b = index.offsets[f + 1]!;
    if (b === a) continue;
    const p = flowProcessOf(log, f);
    if (p === null || matchKey(p) !== proc) continue;
    flows.push({ f, startMs: log.start[index.order[a]!]! });
  }
  if (flows.length === 0) return refuse("UNKNOWN_PROCESS");
  const beforeFrom = options.before?.fromMs ?? -Infinity;
  const beforeTo = Math.min(options.before?.toMs ?? changeMs, changeMs);
  const afterFrom = Math.max(options.after?.fromMs ?? changeMs, changeMs);
  const afterTo = options.after?.toMs ?? Infinity;
  const before = flows.filter((x) => x.startMs >= beforeFrom && x.startMs < beforeTo);
  const after = flows.filter((x) => x.startMs >= afterFrom && x.startMs < afterTo);
  const counts = { before: before.length, after: after.length };
  if (before.length < minN || after.length < minN) return refuse("TOO_FEW_FLOWS", counts);
  const lastStart = Math.max(...after.map((x) => x.startMs));
  const firstStart = Math.min(...before.map((x) => x.startMs));
  const afterMonths = ((Number.isFinite(afterTo) ? afterTo : lastStart) - afterFrom) / MONTH_MS;
  const beforeMonths = (beforeTo - (Number.isFinite(beforeFrom) ? beforeFrom : firstStart)) / MONTH_MS;
  const flowsPerMonth = afterMonths > 0 ? after.length / afterMonths : after.length;

  // Hourly cost per (unit, role): staffing file first, then the option, then the model step.
  const staffCost = new Map<string, number>();
  for (const s of options.staffing ?? []) {
    const k = `${matchKey(s.unit)}\u0000${matchKey(s.role)}`;
    if (s.hourlyCostSek !== undefined && !staffCost.has(k)) staffCost.set(k, s.hourlyCostSek);
  }
  const optionCost = new Map(Object.entries(options.hourlyCostByRole ?? {}).map(([r, c]) => [matchKey(r), c]));
  const rateOf = (i: number, role: string): number | null => {
    const unit = observationUnitOf(log, i) ?? improvement.unit;
    return (
      staffCost.get(`${matchKey(unit)}\u0000${matchKey(role)}`) ??
      optionCost.get(matchKey(role)) ??
      log.stepModel[log.step[i]!]?.hourlyCostSek ??
      null
    );
  };

  // Per flow: waste ms per role (and its NVA/rework parts), and the costed SEK.
  const roleNames = new Map<string, string>();
  const roleRate = new Map<string, number | null>();
  type PerFlow = { ms: Map<string, number>; nva: Map<string, number>; rework: Map<string, number>; sek: number; costedMs: number };
  const measure = (group: typeof flows): PerFlow[] =>
    group.map(({ f }) => {
      const out: PerFlow = { ms: new Map(), nva: new Map(), rework: new Map(), sek: 0, costedMs: 0 };
      const seen = new Set<number>();
      for (let p = index.offsets[f]!; p < index.offsets[f + 1]!; p++) {
        const i = index.order[p]!;
        const repeat = seen.has(log.step[i]!);
        seen.add(log.step[i]!);
        const nva = log.category[i] === CATEGORY_NVA;
        if (!nva && !repeat) continue;
        const ms = log.end[i]! - log.start[i]!;
        if (!(ms > 0)) continue;
        const role = observationRoleOf(log, i);
        const key = matchKey(role);
        if (!roleNames.has(key)) roleNames.set(key, role);
        const rate = rateOf(i, role);
        if (!roleRate.has(key) || (roleRate.get(key) === null && rate !== null)) roleRate.set(key, rate);
        out.ms.set(key, (out.ms.get(key) ?? 0) + ms);
        const part = nva ? out.nva : out.rework;
        part.set(key, (part.get(key) ?? 0) + ms);
        if (rate !== null) {
          out.sek += (ms / HOUR_MS) * rate;
          out.costedMs += ms;
        }
      }
      return out;
    });
  const pb = measure(before);
  const pa = measure(after);
  const boot = { seed: options.seed ?? DEFAULT_SEED, resamples: options.resamples ?? 2000, level };
  const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  /** Freed per month (before − after, × volume) with the interval, from per-flow values. */
  const freed = (b: number[], a: number[], scale: number): Estimate => {
    const d = bootstrapMeanDifference(b, a, boot);
    return { estimate: -d.estimate * scale, lower: -d.upper * scale, upper: -d.lower * scale };
  };
  const times = (e: Estimate, k: number): Estimate => ({ estimate: e.estimate * k, lower: e.lower * k, upper: e.upper * k });
  const amounts = (
    pick: (x: PerFlow) => number,
    parts: { nva: (x: PerFlow) => number; rework: (x: PerFlow) => number },
    sekOf: ((x: PerFlow) => number) | null,
  ): FreedAmounts => {
    const b = pb.map(pick);
    const a = pa.map(pick);
    const hoursPerMonth = freed(b, a, flowsPerMonth / HOUR_MS);
    const sekPerMonth = sekOf ? freed(pb.map(sekOf), pa.map(sekOf), flowsPerMonth) : null;
    const partFreed = (g: (x: PerFlow) => number) => ((mean(pb.map(g)) - mean(pa.map(g))) * flowsPerMonth) / HOUR_MS;
    return {
      hoursPerMonth,
      fte: times(hoursPerMonth, 12 / hoursPerFte),
      sekPerMonth,
      sekPerYear: sekPerMonth ? times(sekPerMonth, 12) : null,
      minutesPerFlow: { before: mean(b) / 60_000, after: mean(a) / 60_000 },
      nvaWorkHoursPerMonth: partFreed(parts.nva),
      reworkHoursPerMonth: partFreed(parts.rework),
    };
  };
  const roles: FreedRole[] = [...roleNames.keys()]
    .sort((x, y) => roleNames.get(x)!.localeCompare(roleNames.get(y)!, "sv"))
    .map((key) => {
      const rate = roleRate.get(key) ?? null;
      const ms = (x: PerFlow) => x.ms.get(key) ?? 0;
      return {
        role: roleNames.get(key)!,
        hourlyCostSek: rate,
        ...amounts(
          ms,
          { nva: (x) => x.nva.get(key) ?? 0, rework: (x) => x.rework.get(key) ?? 0 },
          rate !== null ? (x) => (ms(x) / HOUR_MS) * rate : null,
        ),
      };
    })
    .sort((x, y) => y.hoursPerMonth.estimate - x.hoursPerMonth.estimate);
  const sumOf = (m: Map<string, number>) => [...m.values()].reduce((s, v) => s + v, 0);
  const anyCost = [...roleRate.values()].some((r) => r !== null);
  const total = amounts((x) => sumOf(x.ms), { nva: (x) => sumOf(x.nva), rework: (x) => sumOf(x.rework) }, anyCost ? (x) => x.sek : null);
  const uncostedHoursPerMonth =
    ((mean(pb.map((x) => sumOf(x.ms) - x.costedMs)) - mean(pa.map((x) => sumOf(x.ms) - x.costedMs))) * flowsPerMonth) / HOUR_MS;

  const h = total.hoursPerMonth;
  const clear = h.lower > 0 || h.upper < 0;
  const range = intervalText(num(h.lower), num(h.upper));
  const sentence = clear
    ? M.freedSentence(
        improvement.title,
        num(h.estimate),
        range,
        num(total.fte.estimate, 2),
        total.sekPerYear ? sekText(total.sekPerYear.estimate) : { sv: "– kr", en: "SEK –" },
      )
    : M.freedUnclear(improvement.title, num(h.estimate), range);

  let context: FreedCapacity["context"] = null;
  const kind = matchKey(options.contextKind ?? "budgetavvikelse");
  const figure = [...(options.context ?? [])]
    .reverse()
    .find((c) => matchKey(c.unit) === matchKey(improvement.unit) && matchKey(c.kind) === kind && c.amountSek !== 0);
  if (figure && total.sekPerYear) {
    const share = times(total.sekPerYear, 1 / Math.abs(figure.amountSek));
    // Enough decimals that a small share is not shown as 0 or as a one-value interval.
    const digits = Math.abs(share.estimate) < 0.01 ? 2 : Math.abs(share.estimate) < 0.1 ? 1 : 0;
    const pct = (x: number) => formatNumberText(x * 100, digits);
    const e = pct(share.estimate);
    const msg = M.contextSentence(
      { sv: `${e.sv} %`, en: `${e.en} %` },
      intervalText(pct(share.lower), pct(share.upper), " %"),
      figure.kind,
      figure.period,
      sekText(figure.amountSek),
    );
    context = { figure, shareOfAmount: share, sentence: msg.sv, sentenceEn: msg.en };
  }
  const caveat = M.freedNotSaved();
  return {
    ok: true,
    improvement: improvement.id,
    title: improvement.title,
    unit: improvement.unit,
    process: improvement.process,
    from: improvement.from,
    flows: counts,
    months: { before: beforeMonths, after: afterMonths },
    flowsPerMonth,
    hoursPerFte,
    level,
    roles,
    total,
    uncostedHoursPerMonth,
    clear,
    sentence: sentence.sv,
    sentenceEn: sentence.en,
    context,
    caveat: caveat.sv,
    caveatEn: caveat.en,
  };
}
