import { CATEGORY_CODE } from "../model/category.js";
import type { EventLog } from "../model/event-log.js";
import type { Process, Step } from "../model/process.js";
import { createStepResolver, type StepResolver } from "../model/step-resolver.js";
import type { LogParts } from "./log-parts.js";

/** Options of `resolveEventLog`. */
export interface ResolveOptions {
  /** Process model(s). __Default:__ none — every step without a category on its row is NNVA (assumed). */
  model?: Process | readonly Process[];
  /** A resolver built earlier for the same model. __Default:__ built from `model`. */
  resolver?: StepResolver;
}

/** A step value the model does not know, with how often and where it first occurs. */
export interface UnresolvedStep {
  step: string;
  /** Process id of the flows it occurs in (null when unknown). */
  process: string | null;
  count: number;
  /** Source row of its first occurrence. */
  row: number;
}

/** The resolved log and what the model did not know. */
export interface ResolvedLog {
  log: EventLog;
  /** Step values the model does not know (empty without a model). */
  unresolved: UnresolvedStep[];
}

const NNVA = CATEGORY_CODE.NNVA;

/**
 * Each flow's process: the first non-empty process value of its rows in source order. A flow with none gets a
 * one-process model's process, or else the model process to which most of its rows' steps resolve across processes
 * (by the resolver's precedence: an id before a name, the earlier process first); ties go to the earlier process in
 * the model. Returns process codes into `ids`, with the model's id where a model process matched and the source
 * value otherwise.
 */
function flowProcesses(parts: LogParts, resolver: StepResolver): { flowProcess: Int32Array; ids: string[]; models: (Process | null)[] } {
  const F = parts.flowIds.length;
  const n = parts.length;
  const flowProcess = new Int32Array(F).fill(-1);
  const ids: string[] = [];
  const models: (Process | null)[] = [];
  const codeById = new Map<string, number>();
  const intern = (id: string, model: Process | null): number => {
    let c = codeById.get(id);
    if (c === undefined) {
      c = ids.length;
      ids.push(id);
      models.push(model);
      codeById.set(id, c);
    }
    return c;
  };
  const P = resolver.processes;
  let unknown = F;
  if (parts.process) {
    const proc = parts.process;
    const valueCode = new Int32Array(parts.processValues.length).fill(-1);
    for (let i = 0; i < n; i++) {
      const f = parts.flow[i];
      if (flowProcess[f] >= 0) continue;
      const v = proc[i];
      if (v < 0) continue;
      let c = valueCode[v];
      if (c < 0) {
        const value = parts.processValues[v];
        const m = resolver.process(value) ?? null;
        c = intern(m ? m.id : value, m);
        valueCode[v] = c;
      }
      flowProcess[f] = c;
      unknown--;
    }
  }
  if (unknown === 0 || P.length === 0) return { flowProcess, ids, models };
  if (P.length === 1) {
    const c = intern(P[0].id, P[0]);
    for (let f = 0; f < F; f++) if (flowProcess[f] < 0) flowProcess[f] = c;
    return { flowProcess, ids, models };
  }
  // Several processes: score each undecided flow by the process each of its rows' steps resolves to.
  const processIndex = new Map(P.map((p, k) => [p, k]));
  const claimedBy = parts.stepValues.map((s) => {
    const hit = resolver.resolve(s);
    return hit ? processIndex.get(hit.process)! : -1;
  });
  const score = new Int32Array(F * P.length);
  for (let i = 0; i < n; i++) {
    const f = parts.flow[i];
    if (flowProcess[f] >= 0) continue;
    const k = claimedBy[parts.step[i]];
    if (k >= 0) score[f * P.length + k]++;
  }
  const codeOfProcess = new Int32Array(P.length).fill(-1);
  for (let f = 0; f < F; f++) {
    if (flowProcess[f] >= 0) continue;
    let best = -1;
    let bestScore = 0;
    for (let k = 0; k < P.length; k++) {
      const s = score[f * P.length + k];
      if (s > bestScore) {
        best = k;
        bestScore = s;
      }
    }
    if (best < 0) continue;
    if (codeOfProcess[best] < 0) codeOfProcess[best] = intern(P[best].id, P[best]);
    flowProcess[f] = codeOfProcess[best];
  }
  return { flowProcess, ids, models };
}

/**
 * Resolves a log's steps and processes against a model once, for every analysis after it: gives each flow its
 * process, each (process, step value) pair one step code (model step id where the {@link createStepResolver}
 * precedence finds one, else the source value), and each observation its category — the row's own category,
 * else the model step's, else NNVA flagged in `assumedCategory`.
 *
 * @param parts columns as read
 * @param options the model, see {@link ResolveOptions}
 * @example
 * const { log, unresolved } = resolveEventLog(parts, { model });
 * log.stepIds[log.step[0]]; log.processIds[log.stepProcess[log.step[0]]];
 */
export function resolveEventLog(parts: LogParts, options: ResolveOptions = {}): ResolvedLog {
  const resolver = options.resolver ?? createStepResolver(options.model);
  const hasModel = resolver.processes.length > 0;
  const n = parts.length;
  const F = parts.flowIds.length;
  const { flowProcess, ids: processIds, models: processModel } = flowProcesses(parts, resolver);

  const S0 = parts.stepValues.length;
  const P1 = processIds.length + 1;
  // Pair (flow process, step value) → step code; a dense table when small, else a map.
  const dense = P1 * S0 <= 1 << 22;
  const table = dense ? new Int32Array(P1 * S0).fill(-1) : null;
  const map = dense ? null : new Map<number, number>();
  const stepIds: string[] = [];
  const stepProcessList: number[] = [];
  const stepModel: (Step | null)[] = [];
  const stepKey = new Map<string, number>();
  const unresolvedByCode = new Map<number, UnresolvedStep>();
  const step = new Int32Array(n);
  const category = new Int8Array(n);
  let assumedCategory: Uint8Array | undefined;

  for (let i = 0; i < n; i++) {
    const f = parts.flow[i];
    const p = flowProcess[f];
    const v = parts.step[i];
    const pair = (p + 1) * S0 + v;
    let code = table ? table[pair] : (map!.get(pair) ?? -1);
    if (code < 0) {
      const value = parts.stepValues[v];
      const processId = p >= 0 ? processIds[p] : undefined;
      const hit = hasModel ? resolver.resolve(value, processId) : undefined;
      const id = hit ? hit.step.id : value;
      const key = hit ? `${p}\u0000m\u0000${hit.process.id}\u0000${id}` : `${p}\u0000s\u0000${id}`;
      code = stepKey.get(key) ?? -1;
      if (code < 0) {
        code = stepIds.length;
        stepIds.push(id);
        stepProcessList.push(p);
        stepModel.push(hit ? hit.step : null);
        stepKey.set(key, code);
      }
      if (table) table[pair] = code;
      else map!.set(pair, code);
    }
    step[i] = code;
    const ms = stepModel[code];
    if (hasModel && ms === null) {
      const u = unresolvedByCode.get(code);
      if (u) u.count++;
      else unresolvedByCode.set(code, { step: stepIds[code], process: p >= 0 ? processIds[p] : null, count: 1, row: parts.row[i] });
    }
    const given = parts.category[i];
    if (given >= 0) category[i] = given;
    else if (ms) category[i] = CATEGORY_CODE[ms.category];
    else {
      category[i] = NNVA;
      (assumedCategory ??= new Uint8Array(n))[i] = 1;
    }
  }

  const flowUnit = new Int32Array(F).fill(-1);
  for (let i = 0; i < n; i++) {
    const u = parts.unit[i];
    if (u >= 0 && flowUnit[parts.flow[i]] < 0) flowUnit[parts.flow[i]] = u;
  }

  const log: EventLog = {
    length: n,
    flow: parts.flow,
    step,
    start: parts.start,
    end: parts.end,
    category,
    flowIds: parts.flowIds,
    stepIds,
    row: parts.row,
    stepProcess: Int32Array.from(stepProcessList),
    stepModel,
    flowProcess,
    flowUnit,
    processIds,
    processModel,
    unit: parts.unit,
    unitIds: parts.unitIds,
    role: parts.role,
    roleIds: parts.roleIds,
    resource: parts.resource,
    resourceIds: parts.resourceIds,
    attributes: parts.attributes,
    ...(parts.assumedStart ? { assumedStart: parts.assumedStart } : {}),
    ...(assumedCategory ? { assumedCategory } : {}),
    ...(parts.origin ? { origin: parts.origin } : {}),
  };
  const unresolved = [...unresolvedByCode.values()].sort((a, b) => a.row - b.row);
  return { log, unresolved };
}
