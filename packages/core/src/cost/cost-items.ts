import { asEventLog, attributeReader, type LogInput } from "../log/as-event-log.js";
import { flowIndexOf } from "../log/flow-index.js";
import type { WorkingCalendar } from "../model/calendar.js";
import { CATEGORY_BY_CODE, type Category } from "../model/category.js";
import type { Process } from "../model/process.js";
import { matchKey as norm } from "../model/step-resolver.js";
import type { TimeBasis } from "../model/time-basis.js";
import { type WasteTypeOrUnclassified, wasteTypeFrom } from "../model/waste-type-of.js";

const HOUR_MS = 3_600_000;

/** Options shared by the cost, waste and Pareto functions. */
export interface CostOptions {
  /** Process model(s): step category, role, hourly cost, waste type, waiting cost. __Default value:__ none (every step NNVA). */
  model?: Process | readonly Process[];
  /** Measure in this calendar's working time. __Default value:__ calendar time. */
  calendar?: WorkingCalendar;
  /**
   * Hourly cost in SEK per role (matched trimmed, case-insensitive); wins over the step's `hourlyCostSek`.
   * __Default value:__ none — the step's `hourlyCostSek` is used.
   */
  hourlyCostByRole?: Readonly<Record<string, number>>;
  /**
   * Cost of waiting per hour in SEK for every flow (e.g. a bed-day / 24); wins over `Process.waitingCostPerHourSek`.
   * __Default value:__ the flow's process `waitingCostPerHourSek`, else waiting is not costed (cost null).
   */
  waitingCostPerHourSek?: number;
}

/** What a cost item measures. */
export type CostItemKind = "nvaWork" | "nnva" | "wait";

/**
 * One piece of time in a flow that costs: an NVA or NNVA observation (person-time of the role doing it) or a wait
 * between steps (before observation `step`, from the handoff source `from`).
 */
export interface CostItem {
  kind: CostItemKind;
  flow: string;
  /** The flow's unit: its first observation with a unit (in time order), else the process's unit; null if none. */
  unit: string | null;
  /** Process id of the flow when known. */
  process: string | null;
  /** Step id in the model, or as written in the log when the model has none (for a wait: the step waited for). */
  step: string;
  /** Handoff source of a wait (null for work items and the first observation). */
  from: string | null;
  /** Waste type: from the observation or step for NVA work, `"waiting"` for waits, null for NNVA. */
  wasteType: WasteTypeOrUnclassified | null;
  /** Role of the work (observation's role, else the step's); null for waits. */
  role: string | null;
  ms: number;
  /** Rate used in SEK/h; null when none is known (the item is then "uncosted"). */
  ratePerHourSek: number | null;
  /** ms / 3 600 000 × rate, unrounded; null when uncosted. */
  costSek: number | null;
  /** Start of the flow (min start), UTC ms; periods are assigned by it. */
  flowStartMs: number;
}

/** The cost items of a log and the time basis they were measured in. */
export interface CostItems {
  basis: TimeBasis;
  items: CostItem[];
  /** Number of flows in the log. */
  flows: number;
}

/** Time basis of a calendar option: its own `basis` when it declares one (CALENDAR_TIME does), else "working". */
export function basisOf(calendar: WorkingCalendar | undefined): TimeBasis {
  if (calendar === undefined) return "calendar";
  const b = (calendar as { basis?: unknown }).basis;
  return b === "calendar" ? "calendar" : "working";
}

/**
 * Splits a log into cost items. Each flow's observations are taken in the kernel's order (start, end, input
 * order; the log's shared flow index). Each NVA observation gives an `nvaWork` item and each NNVA observation an
 * `nnva` item of its own duration: cost is person-time, so parallel work by two roles costs twice (unlike
 * `nvaWorkMs` of the flow metrics, which counts flow time once by precedence). An NVA repeat of a step with no
 * waste type of its own is typed "defects" (omarbete). Category, step and process are the log's own (resolved once
 * at import by the one step resolver). The wait before observation i is max(0, start_i − max_{j<i} end_j),
 * attributed to the step of i from the observation that reached that max end, with waste type "waiting"; the
 * waits of a flow sum to its `waitMs`. With a calendar every duration is measured in its working time.
 * @example
 * const { items } = costItems(
 *   [{ flow: "F1", step: "Kontroll", startMs: 0, endMs: 1_800_000, role: "Sjuksköterska", category: "NVA" }],
 *   { hourlyCostByRole: { Sjuksköterska: 600 } },
 * );
 * items[0].costSek // → 300
 */
export function costItems(input: LogInput, options: CostOptions = {}): CostItems {
  const log = asEventLog(input, options.model);
  const roleCost = new Map<string, number>();
  for (const [role, sek] of Object.entries(options.hourlyCostByRole ?? {})) roleCost.set(norm(role), sek);
  const roleRate = log.roleIds.map((r) => roleCost.get(norm(r)));
  const cal = options.calendar;
  const measure = cal ? (a: number, b: number) => cal.workingMs(a, b) : (a: number, b: number) => (b > a ? b - a : 0);
  const wasteAttr = attributeReader(log, ["slöseri", "wasteType"]);
  const { order, offsets } = flowIndexOf(log);
  // Steps equal but for case and spaces count as one for rework.
  const keyIndex = new Map<string, number>();
  const stepKey = Int32Array.from(log.stepIds, (id, k) => {
    const key = norm(id);
    const first = keyIndex.get(key);
    if (first !== undefined) return first;
    keyIndex.set(key, k);
    return k;
  });
  const seen = new Int32Array(log.stepIds.length).fill(-1);

  const items: CostItem[] = [];
  let flows = 0;
  for (let f = 0; f < log.flowIds.length; f++) {
    const a = offsets[f];
    const b = offsets[f + 1];
    if (a === b) continue;
    flows++;
    const pc = log.flowProcess[f];
    const process = pc >= 0 ? log.processModel[pc] : null;
    const uc = log.flowUnit[f];
    const unit = uc >= 0 ? log.unitIds[uc] : (process?.unit ?? null);
    const waitRate = options.waitingCostPerHourSek ?? process?.waitingCostPerHourSek ?? null;
    const flow = log.flowIds[f];
    const processId = pc >= 0 ? log.processIds[pc] : null;
    const flowStartMs = log.start[order[a]];
    let maxEnd = Number.NEGATIVE_INFINITY;
    let source: string | null = null;
    for (let p = a; p < b; p++) {
      const i = order[p];
      const sc = log.step[i];
      const step = log.stepModel[sc];
      const stepId = log.stepIds[sc];
      const s = log.start[i];
      const e = log.end[i];
      if (s > maxEnd && source !== null) {
        const ms = measure(maxEnd, s);
        // Object literals with every field (no spread of a base object): V8 then shares one shape for all items.
        if (ms > 0) {
          items.push({
            kind: "wait",
            flow,
            unit,
            process: processId,
            step: stepId,
            from: source,
            wasteType: "waiting",
            role: null,
            ms,
            ratePerHourSek: waitRate,
            costSek: waitRate === null ? null : (ms / HOUR_MS) * waitRate,
            flowStartMs,
          });
        }
      }
      const category: Category = CATEGORY_BY_CODE[log.category[i]];
      if (category !== "VA") {
        const rc = log.role[i];
        const role = rc >= 0 ? log.roleIds[rc] : (step?.role ?? null);
        const rate = (rc >= 0 ? roleRate[rc] : role !== null ? roleCost.get(norm(role)) : undefined) ?? step?.hourlyCostSek ?? null;
        const ms = measure(s, e);
        const repeat = seen[stepKey[sc]] === f;
        items.push({
          kind: category === "NVA" ? "nvaWork" : "nnva",
          flow,
          unit,
          process: processId,
          step: stepId,
          from: null,
          wasteType: category === "NVA" ? wasteTypeFrom(wasteAttr(i), step?.wasteType, repeat) : null,
          role,
          ms,
          ratePerHourSek: rate,
          costSek: rate === null ? null : (ms / HOUR_MS) * rate,
          flowStartMs,
        });
      }
      seen[stepKey[sc]] = f;
      if (e > maxEnd || source === null) {
        maxEnd = Math.max(maxEnd, e);
        source = stepId;
      }
    }
  }
  return { basis: basisOf(cal), items, flows };
}
