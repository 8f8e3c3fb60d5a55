import type { Process, Step } from "../model/process.js";

/** A step of the model resolved for one observation, with the process it belongs to. */
export interface ResolvedStep {
  step: Step;
  process: Process;
}

/** Finds model steps for observations; see {@link createStepLookup}. */
export interface StepLookup {
  /** The model step of `step` (in `process` first when given), or undefined when the model has none. */
  find(step: string, process?: string): ResolvedStep | undefined;
  /** The process with this id or name, or the only process of a one-process model. */
  process(id?: string): Process | undefined;
}

const norm = (s: string): string => s.trim().toLowerCase();

/**
 * Builds a step lookup over a process model with the same matching rule as the metrics kernel: step id, then
 * step name, trimmed and case-insensitive; an observation's `process` (id or name) picks its own process first,
 * then any process (first definition wins).
 * @example
 * const lookup = createStepLookup({ id: "p", name: "P", steps: [{ id: "bed", name: "Bedömning", category: "VA" }] });
 * lookup.find(" BEDÖMNING ")?.step.id // "bed"
 */
export function createStepLookup(model: Process | readonly Process[] | undefined): StepLookup {
  const processes: readonly Process[] = model === undefined ? [] : Array.isArray(model) ? model : [model as Process];
  const all = new Map<string, ResolvedStep>();
  const byProcess = new Map<string, Map<string, ResolvedStep>>();
  const processById = new Map<string, Process>();
  for (const p of processes) {
    const m = new Map<string, ResolvedStep>();
    for (const s of p.steps) if (s.name) m.set(norm(s.name), { step: s, process: p });
    for (const s of p.steps) m.set(norm(s.id), { step: s, process: p });
    for (const key of [p.id, p.name]) {
      if (!key) continue;
      if (!byProcess.has(norm(key))) byProcess.set(norm(key), m);
      if (!processById.has(norm(key))) processById.set(norm(key), p);
    }
    for (const [k, v] of m) if (!all.has(k)) all.set(k, v);
  }
  return {
    find(step, process) {
      const k = norm(step);
      if (process !== undefined) {
        const hit = byProcess.get(norm(process))?.get(k);
        if (hit) return hit;
      }
      return all.get(k);
    },
    process(id) {
      if (id !== undefined) {
        const p = processById.get(norm(id));
        if (p) return p;
      }
      return processes.length === 1 ? processes[0] : undefined;
    },
  };
}
