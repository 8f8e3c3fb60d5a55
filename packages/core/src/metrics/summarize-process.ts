import type { TimeBasis } from "../model/time-basis.js";
import { distributionInPlace } from "../stats/distribution.js";
import type { FlowMetrics, ProcessSummary } from "./types.js";

/**
 * Summarises flows of one process (or any set of flows): distributions of lead time and wait, totals,
 * flow efficiency both as aggregate Σva ÷ Σlead and as the median of per-flow values (flows with lead
 * time 0 are left out of both), NVA share Σnva ÷ Σlead, and rework rate (share of flows with rework).
 * `basis` is taken from the flows ("calendar" when there are none).
 *
 * @param flows per-flow metrics, e.g. from `flowMetrics`
 * @example
 * const s = summarizeProcess(flowMetrics(observations, { model }));
 * s.flowEfficiency.aggregate; s.flowEfficiency.median; s.leadTimeMs.p85;
 */
export function summarizeProcess(flows: readonly FlowMetrics[]): ProcessSummary {
  const n = flows.length;
  const lead = new Float64Array(n);
  const wait = new Float64Array(n);
  const eff = new Float64Array(n);
  let nEff = 0;
  let observations = 0;
  let reworked = 0;
  let sLead = 0,
    sVa = 0,
    sNnva = 0,
    sNvaWork = 0,
    sWait = 0,
    sNva = 0,
    sTouch = 0;
  let effVa = 0,
    effLead = 0;
  for (let k = 0; k < n; k++) {
    const f = flows[k];
    lead[k] = f.leadTimeMs;
    wait[k] = f.waitMs;
    observations += f.observations;
    if (f.reworkCount > 0) reworked++;
    sLead += f.leadTimeMs;
    sVa += f.vaMs;
    sNnva += f.nnvaMs;
    sNvaWork += f.nvaWorkMs;
    sWait += f.waitMs;
    sNva += f.nvaMs;
    sTouch += f.touchTimeMs;
    if (f.leadTimeMs > 0) {
      eff[nEff++] = f.vaMs / f.leadTimeMs;
      effVa += f.vaMs;
      effLead += f.leadTimeMs;
    }
  }
  const basis: TimeBasis = n > 0 ? flows[0].basis : "calendar";
  return {
    flows: n,
    observations,
    leadTimeMs: distributionInPlace(lead),
    waitMs: distributionInPlace(wait),
    flowEfficiency: {
      aggregate: effLead > 0 ? effVa / effLead : null,
      median: distributionInPlace(eff, nEff).median,
    },
    totals: {
      leadTimeMs: sLead,
      vaMs: sVa,
      nnvaMs: sNnva,
      nvaWorkMs: sNvaWork,
      waitMs: sWait,
      nvaMs: sNva,
      touchTimeMs: sTouch,
    },
    nvaShare: sLead > 0 ? sNva / sLead : null,
    reworkRate: n > 0 ? reworked / n : 0,
    basis,
  };
}
