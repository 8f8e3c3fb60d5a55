import type { Distribution } from "../metrics/types.js";
import type { UnitLevel } from "../model/org.js";
import { distribution } from "../stats/distribution.js";
import { wasteShares } from "../waste/waste-shares.js";
import type { Hierarchy } from "./hierarchy.js";

/** One flow's measures, as rolled up. `unit` is a unit id or name from the hierarchy. */
export interface RollupFlow {
  flow: string;
  unit: string;
  startMs: number;
  endMs: number;
  leadTimeMs: number;
  vaMs: number;
  nvaMs: number;
  waitMs: number;
  /** Cost of waste in SEK when known. */
  costOfWasteSek?: number;
  /** Σ durations of the flow's observations (staff time worked), for the staff-view waste share. __Default:__ 0. */
  touchTimeMs?: number;
  /** Σ durations of its NVA observations. __Default:__ 0. */
  nvaTouchMs?: number;
}

/** Measures of one node of the hierarchy, computed from all flows below it. */
export interface RollupRow {
  unit: string;
  name: string;
  level: UnitLevel | "okänd";
  parent?: string;
  /** 0 for roots. */
  depth: number;
  flows: number;
  leadTimeMs: Distribution;
  waitMs: Distribution;
  flowEfficiency: { aggregate: number | null; median: number | null };
  /** Σ nva ÷ Σ lead. */
  nvaShare: number | null;
  /** *Väntan som andel av ledtid*: Σ wait ÷ Σ lead (`wasteShares`). */
  waitShare: number | null;
  /** *Slöseri som andel av arbetad tid*: Σ NVA touch time ÷ Σ touch time; null when no flow carries touch time. */
  nvaWorkShare: number | null;
  costOfWasteSek: number;
}

/** Options of {@link rollUp}. */
export interface RollupOptions {
  /** Only flows that end in [fromMs, toMs). __Default:__ all flows. */
  fromMs?: number;
  toMs?: number;
}

const UNKNOWN = "__okänd__";

/**
 * Aggregates flow measures bottom-up through the unit hierarchy. Every node is computed from the flows of all
 * units below it — medians from the flows, never medians of medians; flow efficiency as Σva ÷ Σlead (aggregate)
 * and as the median of per-flow values; both waste shares as ratios of sums. Flows are assigned to a period by
 * their end (the completion month), as everywhere in flodes.
 * Flows whose unit is not in the hierarchy are kept in a row "okänd enhet" so totals reconcile.
 *
 * @example
 * const flows = analysis.flows.map((f) => ({ ...f, unit: "narsjukvard-umea" }));
 * const rows = rollUp(flows, buildHierarchy(units));
 * rows.find((r) => r.unit === "narsjukvard-umea")?.flows // → 30
 */
export function rollUp(flows: readonly RollupFlow[], hierarchy: Hierarchy, options: RollupOptions = {}): RollupRow[] {
  const { fromMs = -Infinity, toMs = Infinity } = options;
  const members = new Map<string, RollupFlow[]>();
  for (const f of flows) {
    if (!(f.endMs >= fromMs && f.endMs < toMs)) continue;
    const u = hierarchy.find(f.unit);
    const ids = u ? hierarchy.lineage(u.id).map((x) => x.id) : [UNKNOWN];
    for (const id of ids) {
      const list = members.get(id);
      if (list) list.push(f);
      else members.set(id, [f]);
    }
  }
  const rows: RollupRow[] = [];
  const visit = (id: string, depth: number) => {
    const u = hierarchy.units.get(id);
    if (!u) return;
    rows.push(row(id, u.name, u.level, u.parent, depth, members.get(id) ?? []));
    for (const c of hierarchy.children.get(id) ?? []) visit(c, depth + 1);
  };
  for (const r of hierarchy.roots) visit(r, 0);
  const unknown = members.get(UNKNOWN);
  if (unknown) rows.push(row(UNKNOWN, "Okänd enhet", "okänd", undefined, 0, unknown));
  return rows;
}

function row(
  unit: string,
  name: string,
  level: RollupRow["level"],
  parent: string | undefined,
  depth: number,
  fs: readonly RollupFlow[],
): RollupRow {
  let lead = 0;
  let va = 0;
  let nva = 0;
  let cost = 0;
  const eff: number[] = [];
  for (const f of fs) {
    lead += f.leadTimeMs;
    va += f.vaMs;
    nva += f.nvaMs;
    cost += f.costOfWasteSek ?? 0;
    if (f.leadTimeMs > 0) eff.push(f.vaMs / f.leadTimeMs);
  }
  return {
    unit,
    name,
    level,
    ...(parent !== undefined ? { parent } : {}),
    depth,
    flows: fs.length,
    leadTimeMs: distribution(fs.map((f) => f.leadTimeMs)),
    waitMs: distribution(fs.map((f) => f.waitMs)),
    flowEfficiency: { aggregate: lead > 0 ? va / lead : null, median: distribution(eff).median },
    nvaShare: lead > 0 ? nva / lead : null,
    ...wasteSharesOf(fs),
    costOfWasteSek: cost,
  };
}

function wasteSharesOf(fs: readonly RollupFlow[]): Pick<RollupRow, "waitShare" | "nvaWorkShare"> {
  const s = wasteShares(
    fs.map((f) => ({ leadTimeMs: f.leadTimeMs, waitMs: f.waitMs, touchTimeMs: f.touchTimeMs ?? 0, nvaTouchMs: f.nvaTouchMs ?? 0 })),
  );
  return { waitShare: s.waitShare, nvaWorkShare: s.nvaWorkShare };
}
