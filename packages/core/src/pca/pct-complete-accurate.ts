import { asEventLog, type LogInput } from "../log/as-event-log.js";
import { flowIndexOf } from "../log/flow-index.js";
import type { Process } from "../model/process.js";
import { matchKey } from "../model/step-resolver.js";

/** %C&A measured in data for one handoff `from → to`. */
export interface HandoffPca {
  /** Process of the handoff (steps are keyed by process and step); null when unknown. */
  process: string | null;
  from: string;
  to: string;
  /** Flows with at least one such handoff. */
  flows: number;
  /** Of those, flows where `to` sent the flow back at least once. */
  sentBack: number;
  /** (flows − sentBack) / flows. */
  pctCompleteAccurate: number;
}

/** Options of {@link handoffPca} and {@link rolledPca}. */
export interface PcaOptions {
  /**
   * Process model(s). Steps are matched as in the metrics kernel (id, then name, case-insensitive) and reported
   * by their model id; the model's step order defines "earlier". __Default value:__ none — steps keep their log
   * names and "earlier" is the order of first visit in each flow.
   */
  model?: Process | readonly Process[];
}

/**
 * %C&A (percent complete and accurate) per handoff, measured in data.
 *
 * Definition. A flow's observations are sorted (start, end, input order) and consecutive observations of the
 * same step are merged into one visit. Visits of steps the model marks NVA (explicit waste steps such as
 * "Komplettering av remiss" or "Leta provsvar") are detours, not handoffs: the handoffs `from → to` are the
 * consecutive *main* visits (all other steps, including steps the model does not know), skipping detours and
 * pairs of the same step. The handoff into a main visit of `to` is **sent back** when the flow's next visit after
 * it (detours included) is
 * 1. a step *earlier* than `to` — the receiving step returned the flow upstream; "earlier" is the process model's
 *    step order when every step of the flow is in its process's model, else the order of first visit in the flow; or
 * 2. a correction step: one the model marks NVA with waste type `"defects"` (e.g. komplettering, ombokning) — the
 *    input was not complete and accurate, so it had to be corrected.
 * A flow counts once per handoff pair: as sent back if any of its occurrences of that pair was.
 * %C&A = share of flows not sent back.
 * @example
 * // F1: A → B → A → B → C. Handoff A→B (first) is sent back (B → A); B→A is not; A→B (second) is not, so the
 * // flow counts as sent back for A→B: pct(A→B) = 0 over 1 flow; pct(B→A) = 1; pct(B→C) = 1.
 * handoffPca(observations)
 */
export function handoffPca(input: LogInput, options: PcaOptions = {}): HandoffPca[] {
  const log = asEventLog(input, options.model);
  const { order, offsets } = flowIndexOf(log);
  // Position of each step code in its process's model order (−1 when the model does not define it there).
  const modelOrder = log.stepIds.map((_, sc) => {
    const step = log.stepModel[sc];
    const pc = log.stepProcess[sc];
    const proc = pc >= 0 ? log.processModel[pc] : null;
    return step && proc ? proc.steps.indexOf(step) : -1;
  });
  const acc = new Map<number, { process: string | null; from: string; to: string; flows: number; sentBack: number }>();
  const S = log.stepIds.length;
  const visits: number[] = [];
  const seen = new Map<number, boolean>();
  for (let f = 0; f < log.flowIds.length; f++) {
    const a = offsets[f];
    const b = offsets[f + 1];
    if (a === b) continue;
    visits.length = 0;
    for (let p = a; p < b; p++) {
      const sc = log.step[order[p]];
      if (visits[visits.length - 1] !== sc) visits.push(sc);
    }
    const useModel = visits.every((v) => modelOrder[v] >= 0);
    const firstVisit = new Map<number, number>();
    visits.forEach((v, i) => {
      if (!firstVisit.has(v)) firstVisit.set(v, i);
    });
    const rank = (i: number): number => (useModel ? modelOrder[visits[i]] : firstVisit.get(visits[i])!);
    const detour = (v: number) => log.stepModel[v]?.category === "NVA";
    const correction = (v: number) => log.stepModel[v]?.category === "NVA" && log.stepModel[v]?.wasteType === "defects";
    seen.clear();
    let prevMain = -1;
    for (let i = 0; i < visits.length; i++) {
      if (detour(visits[i])) continue;
      if (prevMain >= 0 && visits[prevMain] !== visits[i]) {
        const back = i + 1 < visits.length && (correction(visits[i + 1]) || rank(i + 1) < rank(i));
        const key = visits[prevMain] * S + visits[i];
        seen.set(key, (seen.get(key) ?? false) || back);
      }
      prevMain = i;
    }
    for (const [key, back] of seen) {
      let x = acc.get(key);
      if (!x) {
        const from = Math.floor(key / S);
        const to = key % S;
        const pc = log.stepProcess[to];
        acc.set(
          key,
          (x = { process: pc >= 0 ? log.processIds[pc] : null, from: log.stepIds[from], to: log.stepIds[to], flows: 0, sentBack: 0 }),
        );
      }
      x.flows++;
      if (back) x.sentBack++;
    }
  }
  return [...acc.values()]
    .map((x) => ({ ...x, pctCompleteAccurate: (x.flows - x.sentBack) / x.flows }))
    .sort((x, y) => y.flows - x.flows || x.from.localeCompare(y.from, "sv") || x.to.localeCompare(y.to, "sv"));
}

/** %C&A of one handoff of the process's step order, from one source. */
export interface PcaRow {
  from: string;
  to: string;
  source: "data" | "estimate";
  /** 0–1; null when this source has no value for the handoff. */
  pct: number | null;
  /** Flows measured (data rows); null for estimates. */
  flows: number | null;
}

/** Rolled %C&A of a process from one source. */
export interface RolledPca {
  source: "data" | "estimate";
  /** Product of the handoffs' values that exist; null when none exists. */
  pct: number | null;
  /** Handoffs in the product. */
  handoffs: number;
  /** Handoffs of the step order without a value from this source (left out of the product). */
  missing: number;
}

/** Data and estimated %C&A side by side along a process. */
export interface ProcessPca {
  process: string;
  /** Two rows per handoff (data, estimate) in step order. */
  rows: PcaRow[];
  /** Rolled %C&A for data and for estimates. */
  rolled: RolledPca[];
}

/**
 * %C&A along a process's step order, measured in data (see {@link handoffPca}) next to the team's estimate
 * (`Step.pctCompleteAccurate` of the step receiving the handoff). The handoffs are consecutive steps of
 * `process.steps`. Rolled %C&A = product of the handoffs' values, per source; handoffs without a value are
 * left out and counted in `missing`.
 * @example
 * const r = rolledPca(observations, model);
 * r.rolled.length > 0 // → true
 */
export function rolledPca(input: LogInput, process: Process, options: PcaOptions = {}): ProcessPca {
  const data = handoffPca(input, { model: options.model ?? process });
  // Only this process's handoffs (a log may hold several processes with the same step names).
  const own = data.filter((d) => d.process === null || matchKey(d.process) === matchKey(process.id));
  const byPair = new Map(own.map((d) => [`${d.from}\u0000${d.to}`, d]));
  const rows: PcaRow[] = [];
  const roll = { data: { pct: 1, handoffs: 0, missing: 0 }, estimate: { pct: 1, handoffs: 0, missing: 0 } };
  const main = process.steps.filter((s) => s.category !== "NVA");
  for (let k = 0; k + 1 < main.length; k++) {
    const from = main[k]!.id;
    const to = main[k + 1]!.id;
    const d = byPair.get(`${from}\u0000${to}`);
    const est = main[k + 1]!.pctCompleteAccurate;
    rows.push({ from, to, source: "data", pct: d ? d.pctCompleteAccurate : null, flows: d ? d.flows : null });
    rows.push({ from, to, source: "estimate", pct: est ?? null, flows: null });
    for (const [src, v] of [
      ["data", d?.pctCompleteAccurate],
      ["estimate", est],
    ] as const) {
      const r = roll[src];
      if (v === undefined) r.missing++;
      else {
        r.pct *= v;
        r.handoffs++;
      }
    }
  }
  const rolled = (["data", "estimate"] as const).map((source) => {
    const r = roll[source];
    return { source, pct: r.handoffs > 0 ? r.pct : null, handoffs: r.handoffs, missing: r.missing };
  });
  return { process: process.id, rows, rolled };
}
