import type { Process } from "../model/process.js";
import { createStepResolver, type ResolvedStep } from "../model/step-resolver.js";

/** Finds model steps for observations; see {@link createStepLookup}. */
export interface StepLookup {
  /** The model step of `step` (in `process` first when given), or undefined when the model has none. */
  find(step: string, process?: string): ResolvedStep | undefined;
  /** The process with this id or name, or the only process of a one-process model. */
  process(id?: string): Process | undefined;
}

/**
 * A step lookup over a process model with the one precedence of {@link createStepResolver}.
 * @example
 * const lookup = createStepLookup({ id: "p", name: "P", steps: [{ id: "bed", name: "Bedömning", category: "VA" }] });
 * lookup.find(" BEDÖMNING ")?.step.id // → "bed"
 */
export function createStepLookup(model: Process | readonly Process[] | undefined): StepLookup {
  const resolver = createStepResolver(model);
  return {
    find: (step, process) => resolver.resolve(step, process),
    process(id) {
      return resolver.process(id) ?? (resolver.processes.length === 1 ? resolver.processes[0] : undefined);
    },
  };
}
