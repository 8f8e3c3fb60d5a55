import type { Observation } from "../model/observation.js";
import type { Process } from "../model/process.js";
import { createStepLookup } from "../cost/step-lookup.js";

/** %C&A measured in data for one handoff `from → to`. */
export interface HandoffPca {
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
export function handoffPca(observations: readonly Observation[], options: PcaOptions = {}): HandoffPca[] {
  const lookup = createStepLookup(options.model);
  const byFlow = new Map<string, number[]>();
  observations.forEach((o, i) => {
    const list = byFlow.get(o.flow);
    if (list) list.push(i);
    else byFlow.set(o.flow, [i]);
  });
  const acc = new Map<string, { from: string; to: string; flows: number; sentBack: number }>();
  for (const idx of byFlow.values()) {
    idx.sort((a, b) => observations[a]!.startMs - observations[b]!.startMs || observations[a]!.endMs - observations[b]!.endMs || a - b);
    const visits: { id: string; order: number | undefined; detour: boolean; correction: boolean }[] = [];
    let process: Process | undefined;
    for (const i of idx) {
      const o = observations[i]!;
      const resolved = lookup.find(o.step, o.process);
      process ??= resolved?.process;
      const id = resolved?.step.id ?? o.step;
      if (visits[visits.length - 1]?.id === id) continue;
      const step = resolved?.step;
      visits.push({
        id,
        order: resolved && resolved.process === process ? process.steps.indexOf(resolved.step) : undefined,
        detour: step?.category === "NVA",
        correction: step?.category === "NVA" && step.wasteType === "defects",
      });
    }
    const useModel = visits.every((v) => v.order !== undefined);
    const firstVisit = new Map<string, number>();
    visits.forEach((v, i) => {
      if (!firstVisit.has(v.id)) firstVisit.set(v.id, i);
    });
    const rank = (i: number): number => (useModel ? visits[i]!.order! : firstVisit.get(visits[i]!.id)!);
    const seen = new Map<string, boolean>();
    let prevMain = -1;
    for (let i = 0; i < visits.length; i++) {
      if (visits[i]!.detour) continue;
      if (prevMain >= 0 && visits[prevMain]!.id !== visits[i]!.id) {
        const next = visits[i + 1];
        const back = next !== undefined && (next.correction || rank(i + 1) < rank(i));
        const key = `${visits[prevMain]!.id}\u0000${visits[i]!.id}`;
        seen.set(key, (seen.get(key) ?? false) || back);
      }
      prevMain = i;
    }
    for (const [key, back] of seen) {
      let a = acc.get(key);
      if (!a) {
        const [from, to] = key.split("\u0000") as [string, string];
        acc.set(key, (a = { from, to, flows: 0, sentBack: 0 }));
      }
      a.flows++;
      if (back) a.sentBack++;
    }
  }
  return [...acc.values()]
    .map((a) => ({ ...a, pctCompleteAccurate: (a.flows - a.sentBack) / a.flows }))
    .sort((a, b) => b.flows - a.flows || a.from.localeCompare(b.from, "sv") || a.to.localeCompare(b.to, "sv"));
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
 * const r = rolledPca(observations, process);
 * r.rolled.find((x) => x.source === "data")?.pct // e.g. 0.72
 */
export function rolledPca(observations: readonly Observation[], process: Process, options: PcaOptions = {}): ProcessPca {
  const data = handoffPca(observations, { model: options.model ?? process });
  const byPair = new Map(data.map((d) => [`${d.from}\u0000${d.to}`, d]));
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
    for (const [src, v] of [["data", d?.pctCompleteAccurate], ["estimate", est]] as const) {
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
