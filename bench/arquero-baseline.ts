import type { ColumnarLog } from "@flodes/core";
import * as aq from "arquero";

const { op } = aq;

type Table = ReturnType<typeof aq.table>;

/**
 * Union length per flow of the intervals with category code ≤ maxCat, written the way an analyst would in arquero:
 * order by start, running max of end per flow (window), and each row covers what lies past the previous max.
 */
function unionPerFlow(t: Table, maxCat: number, name: string): Table {
  return t
    .params({ maxCat })
    .filter((d: { cat: number }, $: { maxCat: number }) => d.cat <= $.maxCat)
    .orderby("flow", "start", "end")
    .groupby("flow")
    .derive({ cummax: aq.rolling((d: { end: number }) => op.max(d.end)) })
    .derive({ prevMax: (d: { cummax: number }) => op.lag(d.cummax, 1) })
    .derive({
      cover: (d: { start: number; end: number; prevMax: number | undefined }) =>
        d.prevMax == null ? d.end - d.start : op.greatest(0, d.end - op.greatest(d.start, d.prevMax)),
    })
    .rollup({ [name]: (d: { cover: number }) => op.sum(d.cover) })
    .ungroup();
}

/**
 * The same per-flow metrics as the flodes kernel (lead time, VA, NNVA, NVA work, wait, touch time, flow efficiency)
 * and per-step median duration, in idiomatic arquero: the benchmark's baseline.
 */
export function arqueroMetrics(log: ColumnarLog): { flows: Table; steps: Table } {
  const t = aq.table({
    flow: log.flow,
    step: log.step,
    start: log.start,
    end: log.end,
    cat: log.category,
  });
  const base = t
    .groupby("flow")
    .rollup({
      leadTimeMs: (d: { start: number; end: number }) => op.max(d.end) - op.min(d.start),
      touchTimeMs: (d: { start: number; end: number }) => op.sum(d.end - d.start),
    })
    .ungroup();
  const va = unionPerFlow(t, 0, "va");
  const vaNnva = unionPerFlow(t, 1, "vaNnva");
  const all = unionPerFlow(t, 2, "all");
  const flows = base
    .join_left(va, "flow")
    .join_left(vaNnva, "flow")
    .join_left(all, "flow")
    .derive({
      vaMs: (d: { va: number | undefined }) => (d.va == null ? 0 : d.va),
      nnvaMs: (d: { vaNnva: number | undefined; va: number | undefined }) => (d.vaNnva == null ? 0 : d.vaNnva) - (d.va == null ? 0 : d.va),
      nvaWorkMs: (d: { all: number; vaNnva: number | undefined }) => d.all - (d.vaNnva == null ? 0 : d.vaNnva),
      waitMs: (d: { leadTimeMs: number; all: number }) => d.leadTimeMs - d.all,
    })
    .derive({ flowEfficiency: (d: { vaMs: number; leadTimeMs: number }) => (d.leadTimeMs > 0 ? d.vaMs / d.leadTimeMs : null) })
    .select("flow", "leadTimeMs", "vaMs", "nnvaMs", "nvaWorkMs", "waitMs", "touchTimeMs", "flowEfficiency");
  const steps = t
    .derive({ duration: (d: { start: number; end: number }) => d.end - d.start })
    .groupby("step")
    .rollup({
      n: op.count(),
      median: (d: { duration: number }) => op.median(d.duration),
      p85: (d: { duration: number }) => op.quantile(d.duration, 0.85),
    });
  return { flows, steps };
}
