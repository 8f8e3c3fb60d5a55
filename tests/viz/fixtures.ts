// Small fixed, synthetic inputs for the chart tests (no real data). Times are chosen so units and sums are
// easy to check by hand.
import type { Distribution, FlowMetrics, HandoffSummary, ProcessSummary, StepSummary } from "@flodes/core";

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;

export function dist(median: number | null, p85: number | null = median, mean: number | null = median, n = 10): Distribution {
  return { n, median, p85, mean, min: median === null ? null : 0, max: p85 };
}

function step(stepId: string, category: StepSummary["category"], durationMs: Distribution, waitBeforeMs: Distribution): StepSummary {
  return { step: stepId, category, n: 10, flows: 10, shareOfFlows: 1, durationMs, waitBeforeMs, reworkRate: 0, basis: "calendar" };
}

/** Five steps; Beslut is deliberately listed before Provtagning and Dokumentation to exercise `order`. */
export const STEPS: StepSummary[] = [
  step("Remiss inkommer", "NNVA", dist(5 * MIN, 8 * MIN, 6 * MIN), dist(0)),
  step("Bedömning", "VA", dist(20 * MIN, 30 * MIN, 22 * MIN), dist(55 * MIN, 2 * HOUR, 70 * MIN)),
  step("Beslut", "VA", dist(10 * MIN, 15 * MIN, 11 * MIN), dist(3 * HOUR, 6 * HOUR, 4 * HOUR)),
  step("Provtagning", "VA", dist(20 * MIN, 25 * MIN, 21 * MIN), dist(2 * DAY, 4 * DAY, 2.5 * DAY)),
  step("Dokumentation", "NVA", dist(15 * MIN, 20 * MIN, 16 * MIN), dist(10 * MIN, 30 * MIN, 15 * MIN)),
];

export const ORDER = ["Remiss inkommer", "Bedömning", "Provtagning", "Dokumentation", "Beslut"];

function handoff(from: string | null, to: string, waitMs: Distribution, n = 10): HandoffSummary {
  return { from, to, n, waitMs, totalWaitMs: (waitMs.mean ?? 0) * n };
}

export const HANDOFFS: HandoffSummary[] = [
  handoff(null, "Remiss inkommer", dist(0)),
  handoff("Remiss inkommer", "Bedömning", dist(55 * MIN, 2 * HOUR, 70 * MIN)),
  handoff("Bedömning", "Provtagning", dist(2 * DAY, 4 * DAY, 2.5 * DAY)),
  handoff("Provtagning", "Dokumentation", dist(10 * MIN, 30 * MIN, 15 * MIN)),
  // No Dokumentation → Beslut handoff: the ladder must fall back to Beslut's overall wait-before (3 h).
  handoff("Provtagning", "Beslut", dist(3 * HOUR, 6 * HOUR, 4 * HOUR), 4),
  // Rework: Beslut sends the flow back to Provtagning.
  handoff("Beslut", "Provtagning", dist(1 * DAY, 2 * DAY, 1.2 * DAY), 2),
];

function flow(id: string, leadTimeMs: number): FlowMetrics {
  const vaMs = leadTimeMs / 10;
  return {
    flow: id,
    startMs: 0,
    endMs: leadTimeMs,
    leadTimeMs,
    vaMs,
    nnvaMs: 0,
    nvaWorkMs: 0,
    waitMs: leadTimeMs - vaMs,
    nvaMs: leadTimeMs - vaMs,
    touchTimeMs: vaMs,
    flowEfficiency: leadTimeMs > 0 ? vaMs / leadTimeMs : null,
    observations: 3,
    reworkCount: 0,
    reworkMs: 0,
    assumedStarts: 0,
    basis: "calendar",
  };
}

/** Lead times 1, 2, 3, 4, 5, 6, 10 days (n = 7). */
export const FLOWS: FlowMetrics[] = [3, 1, 4, 10, 2, 6, 5].map((d, i) => flow(`F${i + 1}`, d * DAY));

export function processSummary(totals: ProcessSummary["totals"], flows = 10, medianEff: number | null = null): ProcessSummary {
  const d = dist(null);
  return {
    flows,
    observations: flows * 4,
    leadTimeMs: d,
    waitMs: d,
    flowEfficiency: { aggregate: totals.leadTimeMs > 0 ? totals.vaMs / totals.leadTimeMs : null, median: medianEff },
    totals,
    nvaShare: totals.leadTimeMs > 0 ? totals.nvaMs / totals.leadTimeMs : null,
    reworkRate: 0,
    basis: "calendar",
  };
}

function totals(vaH: number, nnvaH: number, nvaWorkH: number, waitH: number): ProcessSummary["totals"] {
  const h = HOUR;
  return {
    leadTimeMs: (vaH + nnvaH + nvaWorkH + waitH) * h,
    vaMs: vaH * h,
    nnvaMs: nnvaH * h,
    nvaWorkMs: nvaWorkH * h,
    waitMs: waitH * h,
    nvaMs: (nvaWorkH + waitH) * h,
    touchTimeMs: (vaH + nnvaH + nvaWorkH) * h,
  };
}

/** Three synthetic units; flow efficiencies 20 %, 10 %, 5 % (VA / lead). */
export const UNITS = [
  { unit: "Närsjukvård Umeå", summary: processSummary(totals(20, 30, 10, 40), 12, 0.18) },
  { unit: "Närsjukvård Skellefteå", summary: processSummary(totals(10, 20, 10, 60), 9, 0.08) },
  { unit: "Tandvård", summary: processSummary(totals(5, 15, 0, 80), 7, null) },
];
