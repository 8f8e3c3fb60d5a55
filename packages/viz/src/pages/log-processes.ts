import { type EventLog, flowIndexOf, type Process } from "@flodes/core";

/** A process as the pages show it: the model's, or one read off the log when there is no model. */
export interface LogProcess {
  /** The process (a model's, or built from the log: its steps in their usual order, categories unknown). */
  process: Process;
  /** Process code in the log (`log.processIds`), −1 for the flows without a process. */
  code: number;
  /** True when the process comes from a model. */
  modelled: boolean;
}

/**
 * Name of the process that gathers the flows of a log without a process column or model.
 */
export const ALL_FLOWS_PROCESS_NAME = "Alla ärenden";

/**
 * The processes of a log, in the model's order: each model process that has flows in the log, then each process
 * of the log without a model, then — when some flows have no process at all — one process for them (id `""`, named
 * {@link ALL_FLOWS_PROCESS_NAME}). A process without a model gets its steps in their usual order in the log (by the
 * mean position of their first visit in a flow, ties by first appearance) and the unit its flows share, if one.
 *
 * @param log the event log
 * @param models process models. __Default:__ none.
 * @example
 * logProcesses(importCsv(text).log)[0].process.steps.map((s) => s.id) // ["Remiss inkommer", "Bedömning", …]
 */
export function logProcesses(log: EventLog, models: readonly Process[] = []): LogProcess[] {
  const P = log.processIds.length;
  const flowsOf = new Int32Array(P + 1);
  for (let f = 0; f < log.flowIds.length; f++) flowsOf[log.flowProcess[f] + 1]++;
  const out: LogProcess[] = [];
  const seen = new Set<number>();
  for (const m of models) {
    const code = log.processIds.indexOf(m.id);
    if (code < 0 || flowsOf[code + 1] === 0 || seen.has(code)) continue;
    seen.add(code);
    out.push({ process: log.processModel[code] ?? m, code, modelled: true });
  }
  for (let p = 0; p < P; p++) {
    if (seen.has(p) || flowsOf[p + 1] === 0) continue;
    const model = log.processModel[p];
    out.push(
      model
        ? { process: model, code: p, modelled: true }
        : { process: derivedProcess(log, p, log.processIds[p]!, log.processIds[p]!), code: p, modelled: false },
    );
  }
  if (flowsOf[0] > 0) out.push({ process: derivedProcess(log, -1, "", ALL_FLOWS_PROCESS_NAME), code: -1, modelled: false });
  return out;
}

/** A process read off the flows of process code `p`: steps by mean position of first visit, shared unit. */
function derivedProcess(log: EventLog, p: number, id: string, name: string): Process {
  const { order, offsets } = flowIndexOf(log);
  const S = log.stepIds.length;
  const rankSum = new Float64Array(S);
  const visits = new Int32Array(S);
  const firstSeen = new Float64Array(S).fill(Infinity);
  const seenInFlow = new Int32Array(S).fill(-1);
  let unit = -2;
  for (let f = 0; f < log.flowIds.length; f++) {
    if (log.flowProcess[f] !== p) continue;
    const u = log.flowUnit[f]!;
    unit = unit === -2 ? u : unit === u ? u : -1;
    let rank = 0;
    for (let k = offsets[f]!; k < offsets[f + 1]!; k++) {
      const i = order[k]!;
      const s = log.step[i]!;
      if (i < firstSeen[s]!) firstSeen[s] = i;
      if (seenInFlow[s] === f) continue;
      seenInFlow[s] = f;
      rankSum[s] += rank++;
      visits[s]++;
    }
  }
  const steps = [...Array(S).keys()]
    .filter((s) => visits[s]! > 0 && log.stepProcess[s] === p)
    .sort((a, b) => rankSum[a]! / visits[a]! - rankSum[b]! / visits[b]! || firstSeen[a]! - firstSeen[b]!)
    .map((s) => log.stepModel[s] ?? { id: log.stepIds[s]!, name: log.stepIds[s]!, category: "NNVA" as const });
  return { id, name, ...(unit >= 0 ? { unit: log.unitIds[unit]! } : {}), steps };
}
