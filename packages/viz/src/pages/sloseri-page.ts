import {
  type CostOfWasteReport,
  costItems,
  costOfWaste,
  createCalendar,
  type EventLog,
  flowMetrics,
  type OpeningCalendar,
  type Process,
  type ProcessPca,
  paretoFromItems,
  rolledPca,
  selectFlows,
  type WasteParetoRow,
  type WorkingCalendar,
} from "@flodes/core";
import { completedFlowMonths, type Headline, headline, wasteTimesByFlow } from "./headline.js";
import { logProcesses } from "./log-processes.js";
import type { SitePeriod } from "./site-periods.js";

/** Options of {@link sloseriPage}. */
export interface SloseriPageOptions {
  /** Process models (roles, hourly costs, waste types, waiting cost, %C&A estimates). __Default:__ none. */
  processes?: readonly Process[];
  /** The periods to offer (completion months). */
  periods: readonly SitePeriod[];
  /** Unit names by id. __Default:__ the ids. */
  unitNames?: Readonly<Record<string, string>>;
  /** Units listed first (the pilot's). __Default:__ every unit is primary. */
  primaryUnits?: readonly string[];
  /** The working-time calendar of the "Arbetstid" basis. __Default:__ `createCalendar()` (weekdays 07:30–16:30). */
  calendar?: OpeningCalendar;
  /** IANA zone of the months. __Default:__ `"Europe/Stockholm"`. */
  tz?: string;
}

type Basis = "calendar" | "working";

/** The waste shares of one unit (or "Alla enheter") in one time basis. */
export interface SloseriShare {
  unit: string;
  flows: number;
  waitShare: number | null;
  nvaWorkShare: number | null;
  worked: Headline["worked"];
}

/**
 * One unit's waste by type in one basis: the Pareto rows, and the sums the page's cards show — waste work (every type
 * but waiting) in hours and kronor, the waiting between steps in hours, and the largest type of waste work.
 */
export interface SloseriParetoUnit {
  unit: string;
  pilot: boolean;
  rows: WasteParetoRow[];
  workHours: number;
  workSek: number;
  waitingHours: number;
  /** The largest type of waste work (rows come largest first), null when there is none. */
  largestWork: WasteParetoRow | null;
}

/** Sums a unit's Pareto rows for the page's cards. */
function paretoUnit(unit: string, pilot: boolean, rows: WasteParetoRow[]): SloseriParetoUnit {
  const work = rows.filter((r) => r.wasteType !== "waiting");
  return {
    unit,
    pilot,
    rows,
    workHours: work.reduce((s, r) => s + r.hours, 0),
    workSek: work.reduce((s, r) => s + r.costSek, 0),
    waitingHours: rows.find((r) => r.wasteType === "waiting")?.hours ?? 0,
    largestWork: work[0] ?? null,
  };
}

/** One period of the Slöseri page. */
export interface SloseriPeriod {
  id: string;
  label: string;
  flows: number;
  totals: CostOfWasteReport["totals"];
  pareto: { basis: Basis; units: SloseriParetoUnit[] }[];
  costByUnit: (Omit<CostOfWasteReport["byUnit"][number], "unit"> & { unitId: string | null; unit: string; pilot: boolean })[];
  shares: { basis: Basis; units: SloseriShare[] }[];
}

/** What the Slöseri page shows. */
export interface SloseriPageData {
  bases: { id: Basis; label: string }[];
  waitingCostGiven: boolean;
  estimatesGiven: boolean;
  periods: SloseriPeriod[];
  pca: ({ id: string; name: string; unit: string } & ProcessPca)[];
}

/**
 * The Slöseri page's data: both waste shares per unit, waste by type (Pareto, hours and SEK), cost of waste per
 * unit, in calendar time and in working time, per period (completion months), and %C&A per process over the first
 * period. The same function serves the pilot (data loader) and a user's own file (the browser's worker).
 *
 * @param log the event log
 * @param options periods, models, unit names, calendar
 * @example
 * const data = sloseriPage(log, { processes, periods: logPeriods(log) });
 * data.periods[0].shares[0].units[0].nvaWorkShare // the staff view's waste share, all units
 */
export function sloseriPage(log: EventLog, options: SloseriPageOptions): SloseriPageData {
  const tz = options.tz ?? "Europe/Stockholm";
  const models = options.processes ?? [];
  const names = options.unitNames ?? {};
  const primary = options.primaryUnits ? new Set(options.primaryUnits) : null;
  const working = options.calendar ?? createCalendar();
  const bases: { id: Basis; label: string; calendar?: WorkingCalendar }[] = [
    { id: "calendar", label: "Kalendertid" },
    { id: "working", label: `Arbetstid (${working.label.replace(/^Arbetstid /, "")})`, calendar: working },
  ];
  const metrics = flowMetrics(log);
  const months = completedFlowMonths(log, metrics, tz);
  // Worked time and waits per flow in each time basis, so the waste-share cards follow the page's "Tid" choice.
  const wasteByBasis = new Map(bases.map(({ id, calendar }) => [id, wasteTimesByFlow(log, calendar ? { calendar } : {})]));
  // Cost items once per time basis for the whole log; each period and unit takes its flows' items.
  const itemsByBasis = new Map(bases.map(({ id, calendar }) => [id, costItems(log, calendar ? { calendar } : {}).items]));
  const isPrimary = (unit: string | null) => unit !== null && (primary === null || primary.has(unit));
  const unitName = (unit: string | null) => (unit === null ? "Okänd enhet" : (names[unit] ?? unit));
  const unitOfFlow = (f: number) => (log.flowUnit[f]! >= 0 ? log.unitIds[log.flowUnit[f]!]! : null);
  const flowsIn = (period: SitePeriod) => {
    const set = new Set(period.months);
    const keep = new Uint8Array(log.flowIds.length);
    for (let f = 0; f < keep.length; f++) if (set.has(months.get(log.flowIds[f]!) ?? "")) keep[f] = 1;
    return keep;
  };

  const periods = options.periods.map((period): SloseriPeriod => {
    const keep = flowsIn(period);
    const inP = new Set<string>();
    const unitOf = new Map<string, string | null>();
    const unitsInPeriod: (string | null)[] = [];
    for (let f = 0; f < keep.length; f++) {
      if (keep[f] !== 1) continue;
      const id = log.flowIds[f]!;
      const u = unitOfFlow(f);
      inP.add(id);
      unitOf.set(id, u);
      if (!unitsInPeriod.includes(u)) unitsInPeriod.push(u);
    }
    const shares = bases.map(({ id: basis }) => {
      const waste = wasteByBasis.get(basis)!;
      const units = [
        {
          unit: "Alla enheter",
          ...headline(
            metrics.filter((m) => inP.has(m.flow)),
            waste,
          ),
        },
        ...unitsInPeriod.map((u) => ({
          unit: unitName(u),
          ...headline(
            metrics.filter((m) => inP.has(m.flow) && unitOf.get(m.flow) === u),
            waste,
          ),
        })),
      ].map((h) => ({ unit: h.unit, flows: h.flows, waitShare: h.waitShare, nvaWorkShare: h.nvaWorkShare, worked: h.worked }));
      return { basis, units };
    });
    const pareto = bases.map(({ id: basis }) => {
      const items = itemsByBasis.get(basis)!.filter((it) => inP.has(it.flow));
      const ids = [...new Set(items.map((it) => it.unit))].sort((a, b) => (a === null ? 1 : b === null ? -1 : a.localeCompare(b, "sv")));
      const byUnit = ids.map((u) =>
        paretoUnit(
          unitName(u),
          isPrimary(u),
          paretoFromItems(
            items.filter((it) => it.unit === u),
            "hours",
            u,
          ),
        ),
      );
      return { basis, units: [paretoUnit("Alla enheter", true, paretoFromItems(items, "hours", null)), ...byUnit] };
    });
    const cost = costOfWaste(
      selectFlows(log, (f) => keep[f] === 1),
      { model: models },
    );
    const costByUnit = cost.byUnit.map((u) => ({ ...u, unitId: u.unit, unit: unitName(u.unit), pilot: isPrimary(u.unit) }));
    return { id: period.id, label: period.label, flows: cost.totals.flows, totals: cost.totals, pareto, costByUnit, shares };
  });

  const first = options.periods[0];
  const keepFirst = first ? flowsIn(first) : new Uint8Array(log.flowIds.length);
  const pca = logProcesses(log, models).flatMap(({ process: p, code }) => {
    const sub = selectFlows(log, (f) => keepFirst[f] === 1 && log.flowProcess[f] === code);
    if (sub.length === 0) return [];
    return [{ id: p.id, name: p.name, unit: unitName(p.unit ?? null), ...rolledPca(sub, p) }];
  });

  return {
    bases: bases.map(({ id, label }) => ({ id, label })),
    waitingCostGiven: models.some((p) => p.waitingCostPerHourSek !== undefined),
    estimatesGiven: models.some((p) => p.steps.some((s) => s.pctCompleteAccurate !== undefined)),
    periods,
    pca,
  };
}
