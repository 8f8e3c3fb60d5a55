import type { QueueReport } from "@flodes/core";
import type { Cell, Table } from "./csv.js";

/** Which table `queue --format csv` writes. */
export type QueueTableName = "open" | "wip" | "throughput" | "guarantee" | "leadtime" | "aging" | "forecast" | "backlog";

/** Table names for `queue --table`. */
export const QUEUE_TABLE_NAMES: readonly QueueTableName[] = [
  "open",
  "wip",
  "throughput",
  "guarantee",
  "leadtime",
  "aging",
  "forecast",
  "backlog",
];

const pct = (c: number): string => String(Math.round(c * 100));

/**
 * One table of the queue report, with the JSON field names as header (nested fields dotted).
 *
 * @example
 * queueTable(queueReport(log), "open").header // → ["flow", "process", "unit", "startMs", "ageMs", "currentStep", "waitingSinceMs", "stage", "band"]
 */
export function queueTable(report: QueueReport, name: QueueTableName): Table {
  switch (name) {
    case "open":
      return {
        header: ["flow", "process", "unit", "startMs", "ageMs", "currentStep", "waitingSinceMs", "stage", "band"],
        rows: report.open.map((o) => [o.flow, o.process, o.unit, o.startMs, o.ageMs, o.currentStep, o.waitingSinceMs, o.stage, o.band]),
      };
    case "wip":
      return {
        header: ["date", "unit", "arrivals", "departures", "wip"],
        rows: report.wip.map((w) => [w.date, w.unit, w.arrivals, w.departures, w.wip]),
      };
    case "throughput":
      return { header: ["week", "unit", "closed", "arrived"], rows: report.throughput.map((w) => [w.week, w.unit, w.closed, w.arrived]) };
    case "guarantee":
      return {
        header: ["rule", "unit", "month", "reached", "within", "waiting", "openBeyond", "compliance"],
        rows: report.careGuarantee.map((g) => [g.rule, g.unit, g.month, g.reached, g.within, g.waiting, g.openBeyond, g.compliance]),
      };
    case "leadtime": {
      const rows = [
        { ...report.leadTime, unit: null as string | null, scope: "total" },
        ...report.leadTimeByUnit.map((l) => ({ ...l, unit: l.unit ?? null, scope: "unit" })),
      ];
      return {
        header: [
          "scope",
          "unit",
          "closedOnly.n",
          "closedOnly.median",
          "closedOnly.p85",
          "closedOnly.p95",
          "kaplanMeier.n",
          "kaplanMeier.censored",
          "kaplanMeier.median",
          "kaplanMeier.p85",
          "kaplanMeier.p95",
          "kaplanMeier.medianCi.lower",
          "kaplanMeier.medianCi.upper",
          "medianDifferenceMs",
        ],
        rows: rows.map((l): Cell[] => [
          l.scope,
          l.unit,
          l.closedOnly.n,
          l.closedOnly.median,
          l.closedOnly.p85,
          l.closedOnly.p95,
          l.kaplanMeier.n,
          l.kaplanMeier.censored,
          l.kaplanMeier.median,
          l.kaplanMeier.p85,
          l.kaplanMeier.p95,
          l.kaplanMeier.medianCi.lower,
          l.kaplanMeier.medianCi.upper,
          l.medianDifferenceMs,
        ]),
      };
    }
    case "aging":
      return {
        header: ["process", "step", "order", "closedFlows", "p50Ms", "p85Ms", "p95Ms", "open"],
        rows: report.aging.map((a) => [a.process, a.step, a.order, a.closedFlows, a.p50Ms, a.p85Ms, a.p95Ms, a.open]),
      };
    case "forecast": {
      const all = [
        { ...report.forecast.total, unit: null as string | null, scope: "total" },
        ...report.forecast.units.map((f) => ({ ...f, unit: f.unit ?? null, scope: "unit" })),
      ];
      return {
        header: [
          "scope",
          "unit",
          "queue",
          "confidence",
          "whenDone.weeks",
          "whenDone.beforeWeek",
          "closeNext.weeks",
          "closeNext.atLeast",
          "newFlowMs",
        ],
        rows: all.flatMap((f) =>
          f.whenDone.map((d, i): Cell[] => [
            f.scope,
            f.unit,
            f.queue,
            pct(d.confidence),
            d.weeks,
            d.beforeWeek,
            f.closeNext.weeks,
            f.closeNext.levels[i]?.atLeast ?? null,
            f.newFlow[i]?.ms ?? null,
          ]),
        ),
      };
    }
    case "backlog":
      return {
        header: ["unit", "month", "backlog", "beyondLimit", "arrivals", "departures", "target", "cleared"],
        rows: report.backlog.flatMap((b) =>
          b.months.map((m): Cell[] => [b.unit, m.month, m.backlog, m.beyondLimit, m.arrivals, m.departures, m.target, m.cleared]),
        ),
      };
  }
}
