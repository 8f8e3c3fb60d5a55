import { flowMetrics } from "@flodes/core";
import { completedFlowMonths, flodePage, logPeriods } from "@flodes/viz/pages";
import { describe, expect, it } from "vitest";
import { MODEL, smallLog } from "../../core/queue/small-log.js";

describe("pages count completed flows only", () => {
  const log = smallLog();

  it("gives a completion month to the flows that reached their end step, none to the open ones", () => {
    const months = completedFlowMonths(log, flowMetrics(log));
    expect([...months].sort()).toEqual([
      ["F1", "2025-01"],
      ["F3", "2025-01"],
      ["F5", "2025-01"],
    ]);
  });

  it("Flöde's figures leave the open flows out (their time so far is not a lead time)", () => {
    const page = flodePage(log, { processes: [MODEL], periods: logPeriods(log) });
    const all = page.processes[0]!.periods.find((p) => p.id === "alla")!;
    expect(all.summary.flows).toBe(3);
    // Lead times by hand: F1 01-06 09:00 → 01-10 11:30, F3 01-07 08:00 → 01-09 14:30, F5 01-13 09:00 → 01-20 09:30.
    const h = 3_600_000;
    expect([...all.leadTimesMs].sort((a, b) => a - b)).toEqual([(2 * 24 + 6.5) * h, (4 * 24 + 2.5) * h, (7 * 24 + 0.5) * h]);
  });
});
