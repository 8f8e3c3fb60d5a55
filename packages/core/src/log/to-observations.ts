import { CATEGORY_BY_CODE } from "../model/category.js";
import type { EventLog } from "../model/event-log.js";
import type { Observation } from "../model/observation.js";

/**
 * Observation objects of an {@link EventLog}, in row order (the adapter for code that wants objects). Each
 * carries its resolved step, its flow's process, unit/role/resource, source row, attributes, and its category
 * unless that was assumed for want of one.
 *
 * @example
 * toObservations(log)[0] // → { flow: "R-001", step: "Remiss inkommer", startMs: …, endMs: …, row: 2, … }
 */
export function toObservations(log: EventLog): Observation[] {
  const out: Observation[] = new Array(log.length);
  const ac = log.assumedCategory;
  const as = log.assumedStart;
  for (let i = 0; i < log.length; i++) {
    const f = log.flow[i];
    const o: Observation = { flow: log.flowIds[f], step: log.stepIds[log.step[i]], startMs: log.start[i], endMs: log.end[i] };
    if (log.row[i] > 0) o.row = log.row[i];
    const p = log.flowProcess[f];
    if (p >= 0) o.process = log.processIds[p];
    if (log.unit[i] >= 0) o.unit = log.unitIds[log.unit[i]];
    if (log.role[i] >= 0) o.role = log.roleIds[log.role[i]];
    if (log.resource[i] >= 0) o.resource = log.resourceIds[log.resource[i]];
    if (ac === undefined || ac[i] === 0) o.category = CATEGORY_BY_CODE[log.category[i]];
    if (as !== undefined && as[i] !== 0) o.assumedStart = true;
    for (const a of log.attributes) {
      const c = a.codes[i];
      if (c >= 0) (o.attrs ??= {})[a.name] = a.values[c];
    }
    out[i] = o;
  }
  return out;
}
