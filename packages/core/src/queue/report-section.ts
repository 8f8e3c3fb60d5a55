import { FlodesError } from "../messages/flodes-error.js";
import type { QueueMsg } from "../messages/queue.js";
import { reportMessage } from "../messages/report.js";
import type { EventLog } from "../model/event-log.js";
import { quantile } from "../stats/quantile.js";
import { dayNumber, isoDateOfDay, parseIsoDate } from "../time/civil-date.js";
import { backlog } from "./backlog.js";
import { careGuarantee } from "./care-guarantee.js";
import { SWEDISH_CARE_GUARANTEE } from "./care-guarantee-rules.js";
import { censoredLeadTime } from "./censored-lead-time.js";
import { flowStates } from "./flow-state.js";
import { littlesLaw } from "./littles-law.js";
import { asOfFromDate } from "./options.js";
import { queueForecast } from "./queue-forecast.js";
import type { QueueReportOptions } from "./queue-report.js";

/** Options of {@link queueReportSection}. */
export interface QueueSectionOptions extends Omit<QueueReportOptions, "asOfMs"> {
  /** Report month "YYYY-MM": the section is as of the end of it (later events are left out). */
  month: string;
  /** Display name per unit id. __Default:__ the ids. */
  unitNames?: Readonly<Record<string, string>>;
  /** Months in each unit's queue trend, ending with the report month. __Default:__ 12. */
  trendMonths?: number;
  /** An open flow older than this many days counts as long-waiting. __Default:__ 90. */
  limitDays?: number;
}

/** One unit's queue in the monthly report. */
export interface QueueSectionUnit {
  unit: string | null;
  name: string;
  /** Open flows at the end of the month, and at the end of the month before. */
  open: number;
  openPreviousMonth: number;
  arrivals: number;
  departures: number;
  /** Median age of the open flows; null without open flows. */
  medianAgeMs: number | null;
  /** Open flows older than `limitDays`. */
  beyondLimit: number;
  closedOnlyMedianMs: number | null;
  kaplanMeierMedianMs: number | null;
  /** How far the Kaplan–Meier median lies from the closed-only one; null without flows. */
  leadTimeText: QueueMsg | null;
  /** Little's law over the 26 weeks to the month's end: relative gap and whether it is within tolerance. */
  littlesGap: number | null;
  stable: boolean;
  /** Care-guarantee compliance in the month, per rule with flows. */
  guarantee: { rule: string; name: string; reached: number; within: number; openBeyond: number; compliance: number | null }[];
  /** "With 85 % certainty today's queue is cleared before week …"; null without a forecast. */
  forecastText: QueueMsg | null;
  /** Open flows at the end of each month of the trend. */
  trend: { month: string; open: number }[];
}

/** The queue section of the monthly report: per unit, as of the end of the month. */
export interface QueueReportSection {
  month: string;
  asOfMs: number;
  limitDays: number;
  rules: { id: string; name: string; limitDays: number; days: "calendar" | "working" }[];
  units: QueueSectionUnit[];
}

function shiftMonth(month: string, k: number): string {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7)) - 1 + k;
  const yy = y + Math.floor(m / 12);
  return `${yy}-${String((((m % 12) + 12) % 12) + 1).padStart(2, "0")}`;
}

function lastDayOf(month: string): string {
  const next = shiftMonth(month, 1);
  const day = dayNumber(Number(next.slice(0, 4)), Number(next.slice(5, 7)), 1) - 1;
  return isoDateOfDay(day);
}

/**
 * The data of the monthly report's queue section (Tillgänglighet och köer), as of the end of the report month: per
 * unit the open flows now and a month ago, arrivals and departures in the month, the median age of the queue and how
 * many have waited longer than `limitDays`, lead time of closed flows beside the Kaplan–Meier estimate with open flows,
 * Little's law, the month's care-guarantee compliance (open flows past the limit counted), the 85 % forecast of when
 * today's queue is worked off, and the queue at each month's end.
 *
 * @param log the event log
 * @param options report month, rules, names; see {@link QueueSectionOptions}
 * @example
 * const section = queueReportSection(pilotLog, { month: "2025-10", rules });
 * section.units[0] // → { name: "bild-och-funktionsmedicin", … }
 */
export function queueReportSection(log: EventLog, options: QueueSectionOptions): QueueReportSection {
  if (!/^\d{4}-(0[1-9]|1[0-2])$/.test(options.month) || parseIsoDate(`${options.month}-01`) === null) {
    throw new FlodesError(reportMessage.badMonth(options.month));
  }
  const asOfMs = asOfFromDate(lastDayOf(options.month), options.tz);
  const base = { ...options, asOfMs };
  const states = flowStates(log, base);
  const limitDays = options.limitDays ?? 90;
  const rules = options.rules ?? SWEDISH_CARE_GUARANTEE;
  const trendMonths = options.trendMonths ?? 12;
  const firstTrend = shiftMonth(options.month, 1 - trendMonths);
  const previous = shiftMonth(options.month, -1);
  const backlogs = backlog(log, { ...base, limitDays });
  const leadTimes = new Map(censoredLeadTime(log, base).map((l) => [l.unit ?? null, l]));
  const little = new Map(littlesLaw(log, { ...base, windowWeeks: options.windowWeeks ?? 26 }).map((l) => [l.unit ?? null, l]));
  const forecasts = new Map(queueForecast(log, { ...base, historyWeeks: options.historyWeeks ?? 26 }).map((f) => [f.unit ?? null, f]));
  const cg = careGuarantee(log, rules, base);
  const ages = new Map<string | null, number[]>();
  for (let f = 0; f < log.flowIds.length; f++) {
    if (states.present[f] !== 1 || !Number.isNaN(states.closeMs[f])) continue;
    const u = states.unit[f];
    const list = ages.get(u);
    if (list) list.push(asOfMs - states.startMs[f]);
    else ages.set(u, [asOfMs - states.startMs[f]]);
  }
  const units: QueueSectionUnit[] = backlogs.map((b) => {
    const u = b.unit;
    const month = b.months.find((m) => m.month === options.month);
    const before = b.months.find((m) => m.month === previous);
    const lt = leadTimes.get(u);
    const ll = little.get(u);
    const fc = forecasts.get(u);
    const at85 = fc ? fc.whenDone.findIndex((d) => d.confidence === 0.85) : -1;
    return {
      unit: u,
      name: (u !== null ? options.unitNames?.[u] : undefined) ?? u ?? "Okänd enhet",
      open: month?.backlog ?? 0,
      openPreviousMonth: before?.backlog ?? 0,
      arrivals: month?.arrivals ?? 0,
      departures: month?.departures ?? 0,
      medianAgeMs: quantile(ages.get(u) ?? [], 0.5),
      beyondLimit: month?.beyondLimit ?? 0,
      closedOnlyMedianMs: lt?.closedOnly.median ?? null,
      kaplanMeierMedianMs: lt?.kaplanMeier.median ?? null,
      leadTimeText: lt?.text ?? null,
      littlesGap: ll?.gap ?? null,
      stable: ll?.stable ?? false,
      guarantee: rules.flatMap((r) => {
        const row = cg.months.find((m) => m.rule === r.id && m.unit === u && m.month === options.month);
        return row
          ? [{ rule: r.id, name: r.name, reached: row.reached, within: row.within, openBeyond: row.openBeyond, compliance: row.compliance }]
          : [];
      }),
      forecastText: fc && at85 >= 0 ? fc.texts[at85] : null,
      trend: b.months.filter((m) => m.month >= firstTrend && m.month <= options.month).map((m) => ({ month: m.month, open: m.backlog })),
    };
  });
  return {
    month: options.month,
    asOfMs,
    limitDays,
    rules: rules.map((r) => ({ id: r.id, name: r.name, limitDays: r.limitDays, days: r.days })),
    units: units.filter((x) => x.open > 0 || x.arrivals > 0 || x.departures > 0),
  };
}
