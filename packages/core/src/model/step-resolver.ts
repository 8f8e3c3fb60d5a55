import type { Process, Step } from "./process.js";

/** A model step found for a step value of a log, with the process it is defined in. */
export interface ResolvedStep {
  readonly step: Step;
  readonly process: Process;
}

/** Resolves step values of a log against a process model; see {@link createStepResolver}. */
export interface StepResolver {
  /** The model's processes, in model order. */
  readonly processes: readonly Process[];
  /**
   * The model step for `step` in a flow of `process` (id or name), by the documented precedence, or undefined.
   */
  resolve(step: string, process?: string): ResolvedStep | undefined;
  /** The model process whose id, else name, matches (trimmed, case-insensitive); a one-process model's only process when `id` is undefined. */
  process(id?: string): Process | undefined;
}

/** Comparison key of step and process values: trimmed, lower case. */
export function matchKey(s: string): string {
  return s.trim().toLowerCase();
}

/**
 * Builds the one step resolver of flodes. Precedence, comparing trimmed and case-insensitively:
 * 1. within the flow's own process (given by id or name): a step whose **id** matches, then one whose **name** matches;
 * 2. across all processes, in model order: a step whose **id** matches, then one whose **name** matches.
 * So an id always beats a name at the same level, and the flow's own process always beats the others.
 *
 * @param model one process or several; undefined gives a resolver that finds nothing
 * @example
 * const r = createStepResolver([
 *   { id: "a", name: "A", steps: [{ id: "x", name: "y", category: "VA" }] },
 *   { id: "b", name: "B", steps: [{ id: "y", name: "z", category: "NVA" }] },
 * ]);
 * r.resolve("y")?.step.category // → "NVA" (an id beats a name across processes)
 * r.resolve("y", "a")?.step.category // → "VA"  (the flow's own process first)
 */
export function createStepResolver(model: Process | readonly Process[] | undefined): StepResolver {
  const processes: readonly Process[] = model === undefined ? [] : Array.isArray(model) ? model : [model as Process];
  const byId = processes.map((p) => {
    const m = new Map<string, Step>();
    for (const s of p.steps) if (!m.has(matchKey(s.id))) m.set(matchKey(s.id), s);
    return m;
  });
  const byName = processes.map((p) => {
    const m = new Map<string, Step>();
    for (const s of p.steps) if (s.name && !m.has(matchKey(s.name))) m.set(matchKey(s.name), s);
    return m;
  });
  const anyId = new Map<string, ResolvedStep>();
  const anyName = new Map<string, ResolvedStep>();
  processes.forEach((p, k) => {
    for (const [key, step] of byId[k]) if (!anyId.has(key)) anyId.set(key, { step, process: p });
    for (const [key, step] of byName[k]) if (!anyName.has(key)) anyName.set(key, { step, process: p });
  });
  const processIndex = new Map<string, number>();
  processes.forEach((p, k) => {
    if (!processIndex.has(matchKey(p.id))) processIndex.set(matchKey(p.id), k);
  });
  processes.forEach((p, k) => {
    if (p.name && !processIndex.has(matchKey(p.name))) processIndex.set(matchKey(p.name), k);
  });

  return {
    processes,
    resolve(step, process) {
      const key = matchKey(step);
      if (process !== undefined) {
        const k = processIndex.get(matchKey(process));
        if (k !== undefined) {
          const own = byId[k].get(key) ?? byName[k].get(key);
          if (own) return { step: own, process: processes[k] };
        }
      }
      return anyId.get(key) ?? anyName.get(key);
    },
    process(id) {
      if (id !== undefined) {
        const k = processIndex.get(matchKey(id));
        if (k !== undefined) return processes[k];
      }
      return id === undefined && processes.length === 1 ? processes[0] : undefined;
    },
  };
}
