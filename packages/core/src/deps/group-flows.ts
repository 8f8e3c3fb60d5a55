import type { Flow, Observation } from "../model/observation.js";

function attr(o: Observation, names: readonly string[]): string | undefined {
  if (!o.attrs) return undefined;
  for (const [k, v] of Object.entries(o.attrs)) {
    if (v && names.includes(k.trim().toLowerCase())) return v;
  }
  return undefined;
}

const PROCESS_ATTRS = ["process", "processid", "flöde", "flode", "flödestyp"];

/**
 * Groups observations into flows (cases), in order of first appearance. A flow's process and unit are the
 * first non-empty values among its observations (`process`/`unit` fields, else a `process` attribute).
 * @example
 * const flows = groupFlows([{ flow: "F1", step: "Besök", startMs: 0, endMs: 1, category: "VA", unit: "Umeå" }]);
 * [flows.length, flows[0].id, flows[0].unit, flows[0].observations.length] // → [1, "F1", "Umeå", 1]
 */
export function groupFlows(observations: readonly Observation[]): Flow[] {
  const byId = new Map<string, Flow>();
  for (const o of observations) {
    let f = byId.get(o.flow);
    if (!f) {
      f = { id: o.flow, observations: [] };
      byId.set(o.flow, f);
    }
    f.observations.push(o);
    if (f.process === undefined) f.process = o.process ?? attr(o, PROCESS_ATTRS);
    if (f.unit === undefined && o.unit) f.unit = o.unit;
  }
  return [...byId.values()];
}
