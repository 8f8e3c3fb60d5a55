import { FlodesError, monthlyReport } from "@flodes/core";
import { describe, expect, it } from "vitest";
import { goals, observations, processes, units } from "./fixture.js";

const H = 3_600_000;
const report = () => monthlyReport({ observations, processes, units, goals }, { month: "2025-10", synthetic: true });

describe("monthlyReport", () => {
  it("rolls October flows up the hierarchy from the flows themselves", () => {
    const r = report();
    expect(r.flowsInMonth).toBe(2);
    expect(r.units.map((u) => [u.unit, u.depth, u.flows])).toEqual([
      ["R", 0, 2],
      ["F", 1, 2],
      ["V", 2, 2],
      ["E1", 3, 1],
      ["E2", 3, 1],
    ]);
    const v = r.units.find((u) => u.unit === "V")!;
    // lead times 4 h and 2 h → median (4 + 2) / 2 = 3 h
    expect(v.leadTimeMs.median).toBe(3 * H);
    // Σ VA ÷ Σ lead = (1 + 2) ÷ (4 + 2) = 0.5
    expect(v.flowEfficiency.aggregate).toBeCloseTo(0.5, 12);
    // Σ NVA ÷ Σ lead = (1 h NVA work + 2 h wait) ÷ 6 h = 0.5
    expect(v.nvaShare).toBeCloseTo(0.5, 12);
    // 1 h NVA by Sjuksköterska at 600 kr/h; waiting has no cost
    expect(v.costOfWasteSek).toBeCloseTo(600, 9);
    const e1 = r.units.find((u) => u.unit === "E1")!;
    expect(e1.flowEfficiency.aggregate).toBeCloseTo(0.25, 12); // 1 h ÷ 4 h
  });

  it("uses local month boundaries and names the month in Swedish", () => {
    const r = report();
    expect(r.monthLabel).toBe("oktober 2025");
    expect(r.fromMs).toBe(Date.parse("2025-10-01T00:00:00+02:00"));
    expect(r.toMs).toBe(Date.parse("2025-11-01T00:00:00+01:00"));
    // default baseline: the six months before the report month
    expect(r.baseline).toMatchObject({ from: "2025-04", to: "2025-09", label: "apr–sep 2025", containsReportMonth: false });
    expect(r.baseline.months).toEqual(["2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09"]);
  });

  it("compares against one given baseline period and leaves the report month out of it", () => {
    const r = monthlyReport({ observations, processes, units, goals }, { month: "2025-10", baseline: "2025-09..2025-10" });
    expect(r.baseline).toMatchObject({ from: "2025-09", to: "2025-10", months: ["2025-09"], containsReportMonth: true });
    expect(r.baseline.fromMs).toBe(Date.parse("2025-09-01T00:00:00+02:00"));
    expect(r.baseline.toMs).toBe(Date.parse("2025-11-01T00:00:00+01:00"));
    // E1 at baseline: only F3 (September, 1 h VA) — October's F1 is not part of its own baseline
    const e1 = r.units.find((u) => u.unit === "E1")!;
    expect(e1.atBaseline.flows).toBe(1);
    expect(e1.atBaseline.leadTimeMs.median).toBe(1 * H);
    expect(e1.atBaseline.flowEfficiency.aggregate).toBe(1);
    expect(() => monthlyReport({ observations, processes, units, goals }, { month: "2025-10", baseline: "2025-06..2025-01" })).toThrow(
      expect.objectContaining({ code: "badBaseline", sv: expect.stringMatching(/Ogiltig baslinje/) }),
    );
  });

  it("rolls both waste shares up from the flows' sums", () => {
    const v = report().units.find((u) => u.unit === "V")!;
    // October: F1 lead 4 h, wait 2 h, touch 2 h (A 1 h VA + B 1 h NVA); F2 lead 2 h, wait 0, touch 2 h (VA)
    // väntan som andel av ledtid = 2 / 6; slöseri som andel av arbetad tid = 1 h NVA / 4 h worked
    expect(v.waitShare).toBeCloseTo(2 / 6, 12);
    expect(v.nvaWorkShare).toBeCloseTo(1 / 4, 12);
    const e2 = report().units.find((u) => u.unit === "E2")!;
    expect(e2.waitShare).toBe(0);
    expect(e2.nvaWorkShare).toBe(0);
  });

  it("evaluates each goal at the end of the month with hand-computed progress", () => {
    const [fe, cost, lead, unknown] = report().goals;
    // progress (0.25 − 0.1) ÷ (0.5 − 0.1) = 0.375;
    // elapsed (2025-10-31T23:00Z − 2025-07-01Z) ÷ (2026-01-01Z − 2025-07-01Z) = (123 d − 1 h) ÷ 184 d ≈ 0.6683 (Jul 31 + Aug 31 + Sep 30 + Oct 31 = 123 d) → risk
    expect(fe!.current).toBeCloseTo(0.25, 12);
    expect(fe!.progress).toBeCloseTo(0.375, 12);
    expect(fe!.elapsed).toBeCloseTo((123 * 24 - 1) / (184 * 24), 12);
    expect(fe!.status).toBe("risk");
    // cost over the 6 months May–October: F1 600 kr + F3 0 kr = 600 → progress (600 − 1000) ÷ (0 − 1000) = 0.4
    expect(cost!.current).toBeCloseTo(600, 9);
    expect(cost!.progress).toBeCloseTo(0.4, 12);
    expect(cost!.unitName).toBe("Enhet Ett");
    // E2 median 2 h = target → reached
    expect(lead!.current).toBe(2 * H);
    expect(lead!.status).toBe("på väg");
    expect(unknown!.status).toBe("saknar data");
  });

  it("refuses before/after claims when groups are small and keeps 12 months in the run chart", () => {
    const e1 = report().units.find((u) => u.unit === "E1")!;
    expect(e1.leadTimeChange.ok).toBe(false);
    expect(e1.monthly).toHaveLength(12);
    expect(e1.monthly.at(-1)).toEqual({ month: "2025-10", leadTimeMedianMs: 4 * H, flows: 1 });
    expect(e1.monthly.at(-2)).toEqual({ month: "2025-09", leadTimeMedianMs: 1 * H, flows: 1 });
    expect(e1.spcSignal).toBe(false);
  });

  it("carries the import quality and counts flows of units missing from the units file", () => {
    const stray = {
      flow: "F9",
      unit: "Z",
      step: "A",
      startMs: Date.parse("2025-10-08T10:00:00+02:00"),
      endMs: Date.parse("2025-10-08T11:00:00+02:00"),
    };
    const quality = { rowsIn: 6, accepted: 5, rejected: 1, observations: 5, counts: { BAD_NUMBER: 1 } } as unknown as NonNullable<
      Parameters<typeof monthlyReport>[1]["quality"]
    >;
    const r = monthlyReport({ observations: [...observations, stray], processes, units, goals }, { month: "2025-10", quality });
    expect(r.dataQuality).toMatchObject({ rowsIn: 6, accepted: 5, rejected: 1, counts: { BAD_NUMBER: 1 }, flowsUnknownUnit: 1 });
    // 2 October flows in the hierarchy + 1 in "Okänd enhet"
    expect(r.flowsInMonth).toBe(3);
  });

  it("rejects a malformed month", () => {
    expect(() => monthlyReport({ observations, processes, units, goals }, { month: "2025-13" })).toThrow(FlodesError);
  });
});

describe("monthlyReport goal explanations", () => {
  const H = 3_600_000;
  const flowsOf = (prefix: string, month: string, hours: number[]) =>
    hours.map((h, i): (typeof observations)[number] => ({
      flow: `${prefix}${i}`,
      process: "q",
      unit: "E2",
      step: "A",
      startMs: Date.parse(`${month}-0${i + 1}T08:00:00+02:00`),
      endMs: Date.parse(`${month}-0${i + 1}T08:00:00+02:00`) + h * H,
    }));
  const goal = {
    unit: "E2",
    metric: "leadTimeMedianMs" as const,
    baseline: 3.5 * H,
    target: 2 * H,
    deadline: "2026-06-30",
    baselineDate: "2025-10-01",
  };

  it("says a reached goal rests on a certain change when the interval excludes 0", () => {
    // baseline (September) 3,0–4,0 h, median 3,5 h; October 1,0–1,5 h, median 1,25 h: every resample is lower.
    const obs = [...flowsOf("B", "2025-09", [3, 3.2, 3.4, 3.6, 3.8, 4]), ...flowsOf("A", "2025-10", [1, 1.1, 1.2, 1.3, 1.4, 1.5])];
    const [g] = monthlyReport({ observations: obs, processes, units, goals: [goal] }, { month: "2025-10", baseline: "2025-09" }).goals;
    expect(g!.status).toBe("på väg");
    expect(g!.change?.ok && g!.change.significant).toBe(true);
    expect(g!.explanation).toBe("Målet är nått. Förändringen mot baslinjen är säker (95 % KI rymmer inte 0).");
  });

  it("says a reached goal is not yet certain when the interval includes 0, never an unqualified 'Målet är nått'", () => {
    // Both months spread 1–6,5 h: October's median (2 + 4) / 2 = 3 h reaches the 3 h target (baseline 3,5 h), but
    // the interval of the medians' difference spans 0.
    const obs = [...flowsOf("B", "2025-09", [1, 2, 3, 4, 5, 6]), ...flowsOf("A", "2025-10", [1, 1.5, 2, 4, 6, 6.5])];
    const r = monthlyReport(
      { observations: obs, processes, units, goals: [{ ...goal, target: 3 * H }] },
      { month: "2025-10", baseline: "2025-09" },
    );
    const [g] = r.goals;
    expect(g!.current).toBe(3 * H);
    expect(g!.change?.ok && g!.change.significant).toBe(false);
    expect(g!.explanation).toBe("Målet är nått. Förändringen mot baslinjen är ännu inte säker (95 % KI rymmer 0).");
  });
});

describe("monthlyReport and open flows", () => {
  it("does not count a flow that has not reached an end step as completed in the month of its last event", () => {
    const H = 3_600_000;
    const t0 = Date.UTC(2025, 9, 6, 7);
    const process = {
      id: "p",
      name: "Remiss",
      unit: "u",
      endSteps: ["Beslut"],
      steps: [
        { id: "Remiss", name: "Remiss", category: "NNVA" as const },
        { id: "Beslut", name: "Beslut", category: "VA" as const },
      ],
    };
    const observations = [
      { flow: "closed", step: "Remiss", startMs: t0, endMs: t0 + H, process: "p", unit: "u" },
      { flow: "closed", step: "Beslut", startMs: t0 + 24 * H, endMs: t0 + 25 * H, process: "p", unit: "u" },
      { flow: "open", step: "Remiss", startMs: t0 + 2 * H, endMs: t0 + 3 * H, process: "p", unit: "u" },
    ];
    const report = monthlyReport(
      { observations, processes: [process], units: [{ id: "u", name: "Enheten", level: "enhet" }], goals: [] },
      { month: "2025-10" },
    );
    expect(report.units[0].flows).toBe(1);
  });
});
