import type {
  Analysis,
  FlowMetrics,
  GroupAnalysis,
  HandoffSummary,
  ProcessSummary,
  QualityReport,
  StepSummary,
  TimeBasis,
} from "@flodes/core";

/**
 * The `metrics --format json` document (design.md, "CLI contract"). The contract fields come first in
 * each object; the rest of the kernel's fields follow (additive: `basis`, `categoriesAssumed`, `handoffs`,
 * min/max, rework, …).
 */
export interface MetricsJson {
  quality: QualityReport;
  summary: ProcessSummary;
  flows: FlowMetrics[];
  steps: StepSummary[];
  basis: TimeBasis;
  /** True when no process model was given and every step was taken as NNVA (unknown). */
  categoriesAssumed: boolean;
  handoffs: HandoffSummary[];
  /** With `--by`: what the groups are and, per group, its summary, steps and handoffs (flows stay above, each with its process and unit). */
  by?: "process" | "unit";
  groups?: { key: string | null; summary: ProcessSummary; steps: StepSummary[]; handoffs: HandoffSummary[] }[];
}

/**
 * Builds the metrics JSON document from an import's quality report and the analysis.
 *
 * @example
 * JSON.stringify(metricsJson(result.quality, analyze(result.observations)))
 */
export function metricsJson(
  quality: QualityReport,
  analysis: Analysis,
  grouped?: { by: "process" | "unit"; groups: readonly GroupAnalysis[] },
): MetricsJson {
  const doc: MetricsJson = {
    quality: keysFirst(quality, QUALITY_KEYS),
    summary: keysFirst(analysis.summary, SUMMARY_KEYS),
    // FlowMetrics are built in the contract's key order: no copy per flow.
    flows: analysis.flows,
    steps: analysis.steps.map((s) => keysFirst(s, STEP_KEYS)),
    basis: analysis.basis,
    categoriesAssumed: analysis.categoriesAssumed,
    handoffs: analysis.handoffs,
  };
  if (grouped) {
    doc.by = grouped.by;
    doc.groups = grouped.groups.map((g) => ({
      key: g.key,
      summary: keysFirst(g.analysis.summary, SUMMARY_KEYS),
      steps: g.analysis.steps.map((s) => keysFirst(s, STEP_KEYS)),
      handoffs: g.analysis.handoffs,
    }));
  }
  return doc;
}

const QUALITY_KEYS = ["rowsIn", "accepted", "rejected", "issues", "unmatchedStarts", "unmatchedCompletes"] as const;
const SUMMARY_KEYS = ["flows", "observations", "leadTimeMs", "flowEfficiency"] as const;
const STEP_KEYS = ["step", "category", "n", "durationMs", "waitBeforeMs"] as const;

/** A copy of `obj` whose keys start with `keys` (the contract's order), followed by the rest. */
function keysFirst<T extends object>(obj: T, keys: readonly (keyof T)[]): T {
  const out = {} as T;
  for (const k of keys) out[k] = obj[k];
  return Object.assign(out, obj);
}

/**
 * The metrics document as JSON text in pieces, for writing without building one huge string: indented like
 * {@link toJsonText}, except that each flow is one compact line (a log of 10 M events has hundreds of thousands).
 *
 * @example
 * for (const piece of metricsJsonPieces(doc)) stream.write(piece);
 */
export function* metricsJsonPieces(doc: MetricsJson): Generator<string> {
  const keys = Object.keys(doc) as (keyof MetricsJson)[];
  yield "{\n";
  for (let k = 0; k < keys.length; k++) {
    const key = keys[k];
    const value = doc[key];
    const tail = k + 1 < keys.length ? ",\n" : "\n";
    if (key === "flows") {
      const flows = value as FlowMetrics[];
      if (flows.length === 0) {
        yield `  "flows": []${tail}`;
        continue;
      }
      yield `  "flows": [\n`;
      const batch: string[] = [];
      for (let i = 0; i < flows.length; i++) {
        batch.push(`    ${JSON.stringify(flows[i])}`);
        if (batch.length === 2000) {
          yield batch.join(",\n") + (i + 1 < flows.length ? ",\n" : "");
          batch.length = 0;
        }
      }
      if (batch.length > 0) yield batch.join(",\n");
      yield `\n  ]${tail}`;
      continue;
    }
    yield `  ${JSON.stringify(key)}: ${JSON.stringify(value, null, 2).replace(/\n/g, "\n  ")}${tail}`;
  }
  yield "}\n";
}

/** Serialises a value as indented JSON with a final newline. */
export function toJsonText(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
