import type { EffectMeasure, EffectVerdict, Estimate, ImprovementEffort, ImprovementPriority, ImprovementStatus } from "@flodes/core";

/** One improvement as the effect charts draw it (from `improvementPortfolio`, or a report/page loader). */
export interface EffectItem {
  id: string;
  title: string;
  unit: string;
  status: ImprovementStatus;
  measure: EffectMeasure | null;
  /** Expected relative change of the median, % (−30 = 30 % lower). */
  expectedPct: number | null;
  /** Realised relative change with its 95 % interval, %. */
  realisedPct: Estimate | null;
  verdict: EffectVerdict;
  effort?: ImprovementEffort | null;
  priority?: ImprovementPriority | null;
  supportNeed?: string | null;
}

/**
 * A relative change turned into "improvement in %": a shorter time or a lower NVA share is an improvement, so their
 * sign flips; a higher flow efficiency is one as it is.
 * @example improvementPct("leadTime", -30) // → 30
 */
export function improvementPct(measure: EffectMeasure | null, changePct: number): number {
  return measure === "flowEfficiency" ? changePct : -changePct;
}

/** Swedish names of the effect measures. */
export const EFFECT_MEASURE_SV: Readonly<Record<EffectMeasure, string>> = {
  leadTime: "ledtid",
  wait: "väntetid",
  flowEfficiency: "flödeseffektivitet",
  nvaShare: "andel icke värdeskapande tid",
};
