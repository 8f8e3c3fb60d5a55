import type { EventLog } from "../model/event-log.js";
import { matchKey } from "../model/step-resolver.js";
import { stepMask } from "./step-match.js";

/** Where a process's end steps came from. */
export type EndStepSource = "option" | "model" | "lastModelStep" | "none";

/** Which step codes of a log close a flow. */
export interface EndSteps {
  /** 1 per step code that is an end step. */
  readonly mask: Uint8Array;
  /** Per process code: where its end steps came from (`none`: the process has none, so its flows never close). */
  readonly source: readonly EndStepSource[];
  /** Per process code: the ids of its end steps seen in the log. */
  readonly steps: readonly string[][];
  /** Where the end steps of flows without a process came from. */
  readonly sourceWithoutProcess: EndStepSource;
}

/**
 * Decides which steps close a flow. With `endSteps` given, every step (of any process) whose id or name matches
 * one of them. Otherwise per process: the model's `endSteps` plus its steps marked `end: true`; when the model
 * names none, its last step (`lastModelStep`); a process without a model has none.
 * Steps compare trimmed and case-insensitively, as the step resolver does.
 *
 * @param log the event log
 * @param endSteps step ids or names that close a flow in every process. __Default:__ from the model, as above.
 * @example
 * const ends = resolveEndSteps(log, ["Besked till patient"]);
 * ends.mask[codeOf(log.stepIds, "Besked till patient")] // → 1
 * ends.mask[codeOf(log.stepIds, "Läkarbesök")] // → 0
 */
export function resolveEndSteps(log: EventLog, endSteps?: readonly string[]): EndSteps {
  const S = log.stepIds.length;
  const P = log.processIds.length;
  const mask = new Uint8Array(S);
  const source: EndStepSource[] = new Array<EndStepSource>(P).fill("none");
  const steps: string[][] = Array.from({ length: P }, () => []);
  let sourceWithoutProcess: EndStepSource = "none";
  const mark = (s: number, how: EndStepSource): void => {
    mask[s] = 1;
    const p = log.stepProcess[s];
    if (p >= 0) {
      source[p] = how;
      if (!steps[p].includes(log.stepIds[s])) steps[p].push(log.stepIds[s]);
    } else sourceWithoutProcess = how;
  };
  if (endSteps !== undefined) {
    const hit = stepMask(log, endSteps);
    for (let s = 0; s < S; s++) if (hit[s] === 1) mark(s, "option");
    return { mask, source, steps, sourceWithoutProcess };
  }
  const keysOf: (ReadonlySet<string> | null)[] = log.processModel.map((m) => {
    if (!m) return null;
    const keys = new Set<string>((m.endSteps ?? []).map(matchKey));
    for (const st of m.steps) if (st.end) keys.add(matchKey(st.id));
    return keys;
  });
  const how: EndStepSource[] = keysOf.map((k) => (k === null ? "none" : k.size > 0 ? "model" : "lastModelStep"));
  for (let p = 0; p < P; p++) {
    const m = log.processModel[p];
    if (how[p] === "lastModelStep" && m && m.steps.length > 0) keysOf[p] = new Set([matchKey(m.steps[m.steps.length - 1].id)]);
  }
  for (let s = 0; s < S; s++) {
    const p = log.stepProcess[s];
    const keys = p >= 0 ? keysOf[p] : null;
    const model = log.stepModel[s];
    if (keys && model && (keys.has(matchKey(model.id)) || keys.has(matchKey(model.name)))) mark(s, how[p]);
  }
  for (let p = 0; p < P; p++) if (source[p] === "none" && how[p] !== "none") source[p] = how[p];
  return { mask, source, steps, sourceWithoutProcess };
}
