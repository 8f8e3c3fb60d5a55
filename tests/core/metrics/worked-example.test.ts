// Imported from the modules (not the package entry) so this suite does not depend on other areas' exports.
import { analyze, flowMetrics, handoffs, type Observation, type Process } from "@flodes/core";
import { describe, expect, it } from "vitest";

const MIN = 60_000;
// 2025-05-14 is in summer time: Stockholm wall clock = UTC + 2 h; built by hand, not by a zone library.
const t = (hhmm: string): number => {
  const [h, m] = hhmm.split(":").map(Number);
  return Date.UTC(2025, 4, 14, h - 2, m);
};

const model: Process = {
  id: "remiss",
  name: "Remiss till besked",
  steps: [
    { id: "Remiss inkommer", name: "Remiss inkommer", category: "NNVA" },
    { id: "Bedömning", name: "Bedömning", category: "VA" },
    { id: "Provtagning", name: "Provtagning", category: "VA" },
    { id: "Dokumentation", name: "Dokumentation", category: "NNVA" },
    { id: "Beslut", name: "Beslut", category: "VA" },
  ],
};

const obs = (step: string, from: string, to: string, extra: Partial<Observation> = {}): Observation => ({
  flow: "F1",
  step,
  startMs: t(from),
  endMs: t(to),
  ...extra,
});

const F1: Observation[] = [
  obs("Remiss inkommer", "08:00", "08:05"),
  obs("Bedömning", "09:00", "09:20"),
  obs("Provtagning", "09:10", "09:30"),
  obs("Dokumentation", "09:25", "09:40"),
  obs("Provtagning", "11:00", "11:15", { category: "NVA" }),
  obs("Beslut", "12:00", "12:10"),
];

describe("design.md worked example (flow F1)", () => {
  const [f] = flowMetrics(F1, { model });

  it("measures lead time as max end − min start", () => {
    // 08:00 → 12:10 = 4 h 10 min = 250 min
    expect(f.leadTimeMs).toBe(250 * MIN);
    expect(f.startMs).toBe(t("08:00"));
    expect(f.endMs).toBe(t("12:10"));
  });

  it("counts parallel VA once and NNVA only where no VA covers it", () => {
    // ∪VA = [09:00, 09:30] (30) + [12:00, 12:10] (10) = 40 min
    expect(f.vaMs).toBe(40 * MIN);
    // ∪NNVA = 5 + 15 = 20 min, 09:25–09:30 (5) under VA → 15 min
    expect(f.nnvaMs).toBe(15 * MIN);
    // the NVA repeat 11:00–11:15 overlaps nothing → 15 min
    expect(f.nvaWorkMs).toBe(15 * MIN);
  });

  it("puts the rest of the lead time into waiting", () => {
    // ∪all = 5 + 40 (09:00–09:40) + 15 + 10 = 70 min → wait = 250 − 70 = 180 min; nva = 15 + 180 = 195
    expect(f.waitMs).toBe(180 * MIN);
    expect(f.nvaMs).toBe(195 * MIN);
    // 40 + 15 + 195 = 250
    expect(f.vaMs + f.nnvaMs + f.nvaMs).toBe(f.leadTimeMs);
  });

  it("reports touch time with overlaps and flow efficiency 40/250", () => {
    // 5 + 20 + 20 + 15 + 15 + 10 = 85 min
    expect(f.touchTimeMs).toBe(85 * MIN);
    expect(f.flowEfficiency).toBeCloseTo(0.16, 12);
    expect(f.observations).toBe(6);
    expect(f.basis).toBe("calendar");
  });

  it("counts the Provtagning repeat as one rework of 15 min", () => {
    expect(f.reworkCount).toBe(1);
    expect(f.reworkMs).toBe(15 * MIN);
  });

  it("attributes each wait to the step that reached the latest end before it", () => {
    const h = handoffs(F1, { model });
    expect(h.map((x) => [x.index, x.from, x.to, x.waitMs / MIN])).toEqual([
      [0, null, "Remiss inkommer", 0],
      [1, "Remiss inkommer", "Bedömning", 55], // 08:05 → 09:00
      [2, "Bedömning", "Provtagning", 0], // starts 09:10, before Bedömning ends
      [3, "Provtagning", "Dokumentation", 0], // 09:25 < 09:30
      [4, "Dokumentation", "Provtagning", 80], // 09:40 → 11:00
      [5, "Provtagning", "Beslut", 45], // 11:15 → 12:00
    ]);
    // 55 + 80 + 45 = 180 = waitMs
    expect(h.reduce((s, x) => s + x.waitMs, 0)).toBe(f.waitMs);
  });

  it("analyze gives the same flow and summaries of steps and handoffs", () => {
    const a = analyze(F1, { model });
    expect(a.flows).toEqual([f]);
    expect(a.categoriesAssumed).toBe(false);
    const prov = a.steps.find((s) => s.step === "Provtagning")!;
    // two observations of 20 and 15 min in one flow; tie VA/NVA → VA (precedence)
    expect(prov).toMatchObject({ category: "VA", n: 2, flows: 1, shareOfFlows: 1, reworkRate: 1 });
    // durations sorted [15, 20]: median h = 0.5 → 17.5; p85 h = 0.85 → 15 + 0.85·5 = 19.25
    expect(prov.durationMs.median).toBe(17.5 * MIN);
    expect(prov.durationMs.p85).toBeCloseTo(19.25 * MIN, 6);
    // waits before Provtagning: [0, 80] → median 40
    expect(prov.waitBeforeMs.median).toBe(40 * MIN);
    const first = a.steps.find((s) => s.step === "Remiss inkommer")!;
    expect(first.waitBeforeMs.n).toBe(0);
    expect(first.waitBeforeMs.median).toBeNull();
    const edge = a.handoffs.find((e) => e.from === "Dokumentation" && e.to === "Provtagning")!;
    expect(edge).toMatchObject({ n: 1, totalWaitMs: 80 * MIN });
    expect(a.handoffs.reduce((s, e) => s + e.totalWaitMs, 0)).toBe(180 * MIN);
    expect(a.summary).toMatchObject({ flows: 1, observations: 6, reworkRate: 1, basis: "calendar" });
    expect(a.summary.flowEfficiency.aggregate).toBeCloseTo(0.16, 12);
    // nvaShare = 195/250 = 0.78
    expect(a.summary.nvaShare).toBeCloseTo(0.78, 12);
  });

  it("matches step categories on trimmed, case-insensitive ids and on names", () => {
    const messy = F1.map((o) => ({ ...o, step: ` ${o.step.toUpperCase()} ` }));
    expect(flowMetrics(messy, { model })[0].vaMs).toBe(40 * MIN);
    const byName: Process = { ...model, steps: model.steps.map((s, i) => ({ ...s, id: `s${i}` })) };
    expect(flowMetrics(F1, { model: byName })[0].vaMs).toBe(40 * MIN);
  });

  it("without a model takes every step as NNVA and says so", () => {
    const a = analyze(F1);
    expect(a.categoriesAssumed).toBe(true);
    // 5 of 6 observations have no override
    expect(a.assumedCategoryObservations).toBe(5);
    expect(a.flows[0].vaMs).toBe(0);
  });
});
