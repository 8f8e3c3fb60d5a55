import type { AttributeColumn, EventLog } from "../model/event-log.js";

/**
 * The observations for which `keep(i)` is true, as a new {@link EventLog} with the same dictionaries (codes stay
 * valid, so results of the subset can be joined to the whole). Flows left without observations stay in
 * `flowIds` and are skipped by every analysis.
 *
 * @example
 * const march = selectRows(log, (i) => log.start[i] >= Date.UTC(2025, 2, 1));
 */
export function selectRows(log: EventLog, keep: (i: number) => boolean): EventLog {
  const idx: number[] = [];
  for (let i = 0; i < log.length; i++) if (keep(i)) idx.push(i);
  const pick = <T extends Int32Array | Float64Array | Int8Array | Uint8Array>(a: T): T => {
    const out = new (a.constructor as new (n: number) => T)(idx.length);
    for (let k = 0; k < idx.length; k++) out[k] = a[idx[k]];
    return out;
  };
  const attributes: AttributeColumn[] = log.attributes.map((a) => ({ name: a.name, values: a.values, codes: pick(a.codes) }));
  return {
    ...log,
    length: idx.length,
    flow: pick(log.flow),
    step: pick(log.step),
    start: pick(log.start),
    end: pick(log.end),
    category: pick(log.category),
    row: pick(log.row),
    unit: pick(log.unit),
    role: pick(log.role),
    resource: pick(log.resource),
    attributes,
    ...(log.assumedStart ? { assumedStart: pick(log.assumedStart) } : {}),
    ...(log.assumedCategory ? { assumedCategory: pick(log.assumedCategory) } : {}),
    ...(log.origin ? { origin: pick(log.origin) } : {}),
  };
}

/**
 * The observations of the flows for which `keep(flowCode)` is true (e.g. one process, one unit).
 *
 * @example
 * const p = log.processIds.indexOf("ume-diabetes");
 * const diabetes = selectFlows(log, (f) => log.flowProcess[f] === p);
 */
export function selectFlows(log: EventLog, keep: (flow: number) => boolean): EventLog {
  const keepFlow = new Uint8Array(log.flowIds.length);
  for (let f = 0; f < keepFlow.length; f++) keepFlow[f] = keep(f) ? 1 : 0;
  return selectRows(log, (i) => keepFlow[log.flow[i]] === 1);
}
