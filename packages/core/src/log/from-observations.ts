import { FlodesError } from "../messages/flodes-error.js";
import { metricsMessage } from "../messages/metrics.js";
import { CATEGORY_CODE, isCategory } from "../model/category.js";
import type { AttributeColumn, EventLog } from "../model/event-log.js";
import type { Observation } from "../model/observation.js";
import type { Process } from "../model/process.js";
import { resolveEventLog } from "./resolve-log.js";
import { StringDictionary } from "./string-dictionary.js";

/** Options of {@link eventLogFromObservations}. */
export interface FromObservationsOptions {
  /** Process model(s) for step resolution and categories. __Default:__ none (NNVA assumed where no category). */
  model?: Process | readonly Process[];
}

/**
 * Builds an {@link EventLog} from observation objects (the adapter for code and tests that hold
 * `Observation[]`): strings are dictionary-encoded in order of first appearance, `attrs` become attribute
 * columns, and steps are resolved against the model exactly as the import does.
 *
 * @throws RangeError when an observation ends before it starts (or has a missing time)
 * @example
 * const log = eventLogFromObservations([{ flow: "F1", step: "Besök", startMs: 0, endMs: 60_000, category: "VA" }]);
 * log.length // → 1
 */
export function eventLogFromObservations(observations: readonly Observation[], options: FromObservationsOptions = {}): EventLog {
  const n = observations.length;
  const flows = new StringDictionary();
  const steps = new StringDictionary();
  const processes = new StringDictionary();
  const units = new StringDictionary();
  const roles = new StringDictionary();
  const resources = new StringDictionary();
  const flow = new Int32Array(n);
  const step = new Int32Array(n);
  const process = new Int32Array(n);
  const unit = new Int32Array(n);
  const role = new Int32Array(n);
  const resource = new Int32Array(n);
  const start = new Float64Array(n);
  const end = new Float64Array(n);
  const category = new Int8Array(n);
  const row = new Int32Array(n);
  let assumedStart: Uint8Array | undefined;
  let anyProcess = false;
  const attrDicts = new Map<string, { dict: StringDictionary; codes: Int32Array }>();
  for (let i = 0; i < n; i++) {
    const o = observations[i];
    if (!(o.endMs >= o.startMs)) throw new FlodesError(metricsMessage.endBeforeStart(o.flow, o.step, o.row));
    flow[i] = flows.code(o.flow);
    step[i] = steps.code(o.step.trim());
    process[i] = o.process !== undefined && o.process.trim() !== "" ? processes.code(o.process.trim()) : -1;
    if (process[i] >= 0) anyProcess = true;
    unit[i] = o.unit !== undefined && o.unit !== "" ? units.code(o.unit) : -1;
    role[i] = o.role !== undefined && o.role !== "" ? roles.code(o.role) : -1;
    resource[i] = o.resource !== undefined && o.resource !== "" ? resources.code(o.resource) : -1;
    start[i] = o.startMs;
    end[i] = o.endMs;
    category[i] = o.category !== undefined && isCategory(o.category) ? CATEGORY_CODE[o.category] : -1;
    row[i] = o.row ?? 0;
    if (o.assumedStart) (assumedStart ??= new Uint8Array(n))[i] = 1;
    if (o.attrs) {
      for (const [name, value] of Object.entries(o.attrs)) {
        if (value === "") continue;
        let a = attrDicts.get(name);
        if (!a) {
          a = { dict: new StringDictionary(), codes: new Int32Array(n).fill(-1) };
          attrDicts.set(name, a);
        }
        a.codes[i] = a.dict.code(value);
      }
    }
  }
  const attributes: AttributeColumn[] = [...attrDicts].map(([name, a]) => ({ name, codes: a.codes, values: a.dict.values }));
  return resolveEventLog(
    {
      length: n,
      flow,
      flowIds: flows.values,
      step,
      stepValues: steps.values,
      ...(anyProcess ? { process } : {}),
      processValues: processes.values,
      start,
      end,
      category,
      row,
      unit,
      unitIds: units.values,
      role,
      roleIds: roles.values,
      resource,
      resourceIds: resources.values,
      attributes,
      ...(assumedStart ? { assumedStart } : {}),
    },
    options.model !== undefined ? { model: options.model } : {},
  ).log;
}
