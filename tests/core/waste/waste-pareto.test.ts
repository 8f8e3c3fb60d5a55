import { wastePareto, wasteParetoByUnit, wasteTypeOf } from "@flodes/core";
import { describe, expect, it } from "vitest";
import { OBS, PROCESS, ROLE_COST } from "../cost/fixtures.js";

const opts = { model: PROCESS, hourlyCostByRole: ROLE_COST };

describe("wastePareto", () => {
  it("sorts waste types by hours with shares and cumulative share", () => {
    // Väntan 324 min = 5.4 h; Defekter/omarbete 0.5 h (750 kr) before Överarbete 0.5 h (300 kr) on the SEK tie-break;
    // Transport 0.25 h. Total 6.65 h.
    const rows = wastePareto(OBS, opts);
    expect(rows.map((r) => [r.label, r.hours, r.costSek])).toEqual([
      ["Väntan", 5.4, 648],
      ["Defekter/omarbete", 0.5, 750],
      ["Överarbete", 0.5, 300],
      ["Transport", 0.25, 120],
    ]);
    expect(rows[0]!.share).toBeCloseTo(5.4 / 6.65, 12);
    expect(rows[1]!.cumulativeShare).toBeCloseTo(5.9 / 6.65, 12);
    expect(rows[3]!.cumulativeShare).toBeCloseTo(1, 12);
    expect(rows.every((r) => r.unit === null)).toBe(true);
  });

  it("sorts by SEK when asked", () => {
    // 750 + 648 + 300 + 120 = 1818 kr.
    const rows = wastePareto(OBS, { ...opts, measure: "sek" });
    expect(rows.map((r) => r.wasteType)).toEqual(["defects", "waiting", "overprocessing", "transport"]);
    expect(rows.map((r) => r.cumulativeShare)).toEqual([750 / 1818, 1398 / 1818, 1698 / 1818, 1818 / 1818]);
  });

  it("gives a Pareto per unit", () => {
    const groups = wasteParetoByUnit(OBS, opts);
    expect(groups.map((g) => g.unit)).toEqual(["U1", "U2"]);
    // U1: waits 84 min = 1.4 h, Överarbete 0.5 h, Transport 0.25 h.
    expect(groups[0]!.rows.map((r) => [r.unit, r.wasteType, r.hours])).toEqual([
      ["U1", "waiting", 1.4],
      ["U1", "overprocessing", 0.5],
      ["U1", "transport", 0.25],
    ]);
    expect(wastePareto(OBS, { ...opts, unit: "U1" })).toEqual(groups[0]!.rows);
  });

  it("labels NVA work with no waste type as Ej klassat", () => {
    const rows = wastePareto([{ flow: "F", step: "x", startMs: 0, endMs: 3_600_000, category: "NVA" }]);
    expect(rows).toEqual([
      { unit: null, wasteType: "unclassified", label: "Ej klassat", hours: 1, costSek: 0, share: 1, cumulativeShare: 1 },
    ]);
  });
});

describe("wastePareto on rework", () => {
  it("types an NVA repeat of a VA step as Defekter/omarbete", () => {
    // Provtagning 09:00–09:20 VA, then its repeat 10:00–10:15 overridden to NVA (design.md's worked example).
    const rows = wastePareto([
      { flow: "F", step: "Provtagning", startMs: 0, endMs: 20 * 60_000, category: "VA" },
      { flow: "F", step: "Provtagning", startMs: 60 * 60_000, endMs: 75 * 60_000, category: "NVA" },
    ]);
    // Väntan 40 min = 2/3 h; omarbete 15 min = 0.25 h.
    expect(rows.map((r) => [r.wasteType, r.hours])).toEqual([
      ["waiting", 40 / 60],
      ["defects", 0.25],
    ]);
  });
});

describe("wasteTypeOf", () => {
  it("prefers the observation's slöseri or wasteType attribute over the step's type", () => {
    const base = { flow: "F", step: "s", startMs: 0, endMs: 1 };
    expect(wasteTypeOf({ ...base, attrs: { slöseri: "Rörelse" } }, "transport")).toBe("motion");
    expect(wasteTypeOf({ ...base, attrs: { wasteType: "inventory" } }, "transport")).toBe("inventory");
    expect(wasteTypeOf({ ...base, attrs: { slöseri: "okänt ord" } }, "transport")).toBe("transport");
    expect(wasteTypeOf(base, undefined)).toBe("unclassified");
    expect(wasteTypeOf(base, undefined, true)).toBe("defects");
  });
});
