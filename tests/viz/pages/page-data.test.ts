import { analyze, eventLogFromObservations, importCsv, type Observation, type Process } from "@flodes/core";
import {
  flodePage,
  forbattringPage,
  headline,
  logPeriods,
  logProcesses,
  qualityFileReport,
  sloseriPage,
  tillganglighetPage,
  wasteTimesByFlow,
} from "@flodes/viz/pages";
import { describe, expect, it } from "vitest";

const MIN = 60_000;
const DAY = 86_400_000;
/** 2025-03-10 00:00 in Stockholm (UTC+1). */
const T0 = Date.UTC(2025, 2, 9, 23);
const o = (flow: string, step: string, fromMin: number, toMin: number, extra: Partial<Observation> = {}): Observation => ({
  flow,
  step,
  startMs: T0 + fromMin * MIN,
  endMs: T0 + toMin * MIN,
  ...extra,
});

describe("headline", () => {
  it("sums both waste shares and flow efficiency over flows (hand-computed)", () => {
    // A: VA 0–10, wait 10–30, NVA 30–40 → lead 40, VA 10, touch 20 (NVA 10). B: VA 0–20 → lead 20, VA 20.
    const log = eventLogFromObservations([
      o("A", "Bedömning", 0, 10, { category: "VA" }),
      o("A", "Leta provsvar", 30, 40, { category: "NVA" }),
      o("B", "Bedömning", 0, 20, { category: "VA" }),
    ]);
    const h = headline(analyze(log).flows, wasteTimesByFlow(log));
    expect(h.flows).toBe(2);
    expect(h.flowEfficiency.aggregate).toBeCloseTo(30 / 60, 12); // Σ VA ÷ Σ lead
    expect(h.flowEfficiency.median).toBeCloseTo((10 / 40 + 20 / 20) / 2, 12); // median of 0,25 and 1
    expect(h.waitShare).toBeCloseTo(20 / 60, 12); // Σ wait ÷ Σ lead
    expect(h.nvaWorkShare).toBeCloseTo(10 / 40, 12); // NVA touch ÷ all touch
    expect(h.leadTimeMs.median).toBe(30 * MIN);
    expect(h.worked).toEqual({ vaTouchMs: 30 * MIN, nnvaTouchMs: 0, nvaTouchMs: 10 * MIN });
  });
});

describe("logPeriods", () => {
  it("spans the completion months (local time) and splits them at the change date's month", () => {
    const log = eventLogFromObservations([
      { flow: "A", step: "X", startMs: Date.UTC(2025, 0, 10), endMs: Date.UTC(2025, 0, 15) },
      // 23:30 UTC on 31 March is 01:30 on 1 April in Stockholm: an April flow.
      { flow: "B", step: "X", startMs: Date.UTC(2025, 2, 20), endMs: Date.UTC(2025, 2, 31, 23, 30) },
    ]);
    expect(logPeriods(log)).toEqual([
      { id: "alla", label: "Hela perioden (jan–apr 2025)", months: ["2025-01", "2025-02", "2025-03", "2025-04"] },
    ]);
    expect(logPeriods(log, { changeDate: "2025-03-10" }).map(({ id, label, months }) => [id, label, months.length])).toEqual([
      ["alla", "Hela perioden (jan–apr 2025)", 4],
      ["baslinje", "Före (jan–feb 2025)", 2],
      ["efter", "Efter (mar–apr 2025)", 2],
    ]);
    // A change before the first month leaves no "Före".
    expect(logPeriods(log, { changeDate: "2024-12-01" }).map((p) => p.id)).toEqual(["alla", "efter"]);
  });
});

describe("logProcesses", () => {
  it("reads a process off a log without one: steps by mean position of first visit, the flows' shared unit", () => {
    // First-visit ranks: X 0,1,0 (mean ⅓) · Y 1,0 (½) · Z 2,2,1 (1⅔) → X, Y, Z.
    const log = eventLogFromObservations([
      o("A", "X", 0, 1, { unit: "u1" }),
      o("A", "Y", 2, 3, { unit: "u1" }),
      o("A", "Z", 4, 5, { unit: "u1" }),
      o("B", "Y", 0, 1, { unit: "u1" }),
      o("B", "X", 2, 3, { unit: "u1" }),
      o("B", "X", 3, 4, { unit: "u1" }),
      o("B", "Z", 5, 6, { unit: "u1" }),
      o("C", "X", 0, 1, { unit: "u1" }),
      o("C", "Z", 2, 3, { unit: "u1" }),
    ]);
    const [p, ...rest] = logProcesses(log);
    expect(rest).toEqual([]);
    expect(p!.code).toBe(-1);
    expect(p!.modelled).toBe(false);
    expect(p!.process).toMatchObject({ id: "", name: "Alla ärenden", unit: "u1" });
    expect(p!.process.steps.map((s) => s.id)).toEqual(["X", "Y", "Z"]);
  });

  it("keeps the model's order and leaves out processes without flows", () => {
    const model: Process[] = [
      { id: "tom", name: "Tom", steps: [{ id: "Q", name: "Q", category: "VA" }] },
      {
        id: "remiss",
        name: "Remiss",
        unit: "u2",
        steps: [
          { id: "B", name: "B", category: "VA" },
          { id: "A", name: "A", category: "NNVA" },
        ],
      },
    ];
    const log = eventLogFromObservations([o("F", "A", 0, 1, { process: "remiss" }), o("F", "B", 2, 3, { process: "remiss" })], { model });
    expect(logProcesses(log, model).map(({ process, modelled }) => [process.id, modelled, process.steps.map((s) => s.id)])).toEqual([
      ["remiss", true, ["B", "A"]],
    ]);
  });
});

describe("flodePage", () => {
  it("gives the value stream's figures of design.md's worked example and the steps in process order", () => {
    // Flow F1 of the contract: lead 250 min, VA 40 min, touch 85 min, flow efficiency 0,16.
    const log = eventLogFromObservations([
      o("F1", "Remiss inkommer", 8 * 60, 8 * 60 + 5, { category: "NNVA" }),
      o("F1", "Bedömning", 9 * 60, 9 * 60 + 20, { category: "VA" }),
      o("F1", "Provtagning", 9 * 60 + 10, 9 * 60 + 30, { category: "VA" }),
      o("F1", "Dokumentation", 9 * 60 + 25, 9 * 60 + 40, { category: "NNVA" }),
      o("F1", "Provtagning", 11 * 60, 11 * 60 + 15, { category: "NVA" }),
      o("F1", "Beslut", 12 * 60, 12 * 60 + 10, { category: "VA" }),
    ]);
    const data = flodePage(log, { periods: logPeriods(log) });
    expect(data.periods).toEqual([{ id: "alla", label: "Hela perioden (mar 2025)" }]);
    const [p] = data.processes;
    expect(p).toMatchObject({ id: "", name: "Alla ärenden", unitId: "", unit: "Alla enheter", pilot: true });
    expect(p!.order).toEqual(["Remiss inkommer", "Bedömning", "Provtagning", "Dokumentation", "Beslut"]);
    const f = p!.periods[0]!.figures;
    expect(f.leadTimeMs).toBe(250 * MIN);
    expect(f.vaTimeMs).toBe(40 * MIN);
    expect(f.processTimeMs).toBe(85 * MIN);
    expect(f.flowEfficiency).toBeCloseTo(0.16, 12);
    expect(p!.periods[0]!.summary.flows).toBe(1);
    expect(p!.periods[0]!.leadTimesMs).toEqual([250 * MIN]);
  });
});

describe("sloseriPage", () => {
  it("costs NVA work at the role's rate per unit and lists 'Alla enheter' first", () => {
    const model: Process[] = [
      {
        id: "p",
        name: "P",
        steps: [
          { id: "Besök", name: "Besök", category: "VA", role: "Läkare", hourlyCostSek: 1200 },
          { id: "Jaga provsvar", name: "Jaga provsvar", category: "NVA", wasteType: "motion", role: "Sjuksköterska", hourlyCostSek: 600 },
        ],
      },
    ];
    const log = eventLogFromObservations(
      [
        o("A", "Besök", 0, 30, { process: "p", unit: "u1" }),
        o("A", "Jaga provsvar", 60, 90, { process: "p", unit: "u1" }), // 30 min × 600 kr/h = 300 kr
        o("B", "Besök", 0, 20, { process: "p", unit: "u2" }),
      ],
      { model },
    );
    const data = sloseriPage(log, { processes: model, periods: logPeriods(log), unitNames: { u1: "Enhet 1" } });
    const period = data.periods[0]!;
    expect(period.flows).toBe(1); // flows with cost items: B has only value-adding work
    expect(period.totals.nvaWorkCostSek).toBeCloseTo(300, 9);
    expect(period.costByUnit.find((u) => u.unitId === "u1")).toMatchObject({ unit: "Enhet 1", nvaWorkCostSek: 300 });
    const calendar = period.shares.find((s) => s.basis === "calendar")!.units;
    expect(calendar.map((u) => u.unit)).toEqual(["Alla enheter", "Enhet 1", "u2"]);
    expect(calendar[0]!.nvaWorkShare).toBeCloseTo(30 / 80, 12); // NVA 30 of 30 + 30 + 20 worked minutes
    expect(data.bases.map((b) => b.id)).toEqual(["calendar", "working"]);
    expect(data.pca.map((p) => p.id)).toEqual(["p"]);
  });
  it("sums each unit's waste work and waiting for the cards, so the page only lays them out", () => {
    const model: Process[] = [
      {
        id: "p",
        name: "P",
        steps: [
          { id: "Besök", name: "Besök", category: "VA", role: "Läkare", hourlyCostSek: 1200 },
          { id: "Jaga provsvar", name: "Jaga provsvar", category: "NVA", wasteType: "motion", role: "Sjuksköterska", hourlyCostSek: 600 },
          {
            id: "Dubbeldokumentera",
            name: "Dubbeldokumentera",
            category: "NVA",
            wasteType: "overprocessing",
            role: "Sjuksköterska",
            hourlyCostSek: 600,
          },
        ],
      },
    ];
    // A: Besök 0–30, wait 30–60, Jaga provsvar 60–90 (30 min), wait 90–120, Dubbeldokumentera 120–135 (15 min).
    const log = eventLogFromObservations(
      [
        o("A", "Besök", 0, 30, { process: "p", unit: "u1" }),
        o("A", "Jaga provsvar", 60, 90, { process: "p", unit: "u1" }),
        o("A", "Dubbeldokumentera", 120, 135, { process: "p", unit: "u1" }),
      ],
      { model },
    );
    const data = sloseriPage(log, { processes: model, periods: logPeriods(log), unitNames: { u1: "Enhet 1" } });
    const unit = data.periods[0]!.pareto.find((p) => p.basis === "calendar")!.units.find((u) => u.unit === "Enhet 1")!;
    expect(unit.workHours).toBeCloseTo(45 / 60, 12); // 30 + 15 min of NVA work
    expect(unit.workSek).toBeCloseTo(0.75 * 600, 9); // 450 kr
    expect(unit.waitingHours).toBeCloseTo(1, 12); // 30 + 30 min between the steps
    expect(unit.largestWork?.label).toBe(unit.rows.find((r) => r.wasteType === "motion")!.label); // 30 min > 15 min
  });
});

describe("forbattringPage", () => {
  it("compares the flows that started before and after the change date", () => {
    const obs: Observation[] = [];
    // Six flows of 10 days before 1 April, six of 5 days after (starting 1 March … and 1 May …).
    for (let i = 0; i < 6; i++) {
      const a = Date.UTC(2025, 2, 1 + i * 3, 8);
      obs.push(
        { flow: `F${i}`, step: "Start", startMs: a, endMs: a + MIN },
        { flow: `F${i}`, step: "Klar", startMs: a + 10 * DAY - MIN, endMs: a + 10 * DAY },
      );
      const b = Date.UTC(2025, 4, 1 + i * 3, 8);
      obs.push(
        { flow: `G${i}`, step: "Start", startMs: b, endMs: b + MIN },
        { flow: `G${i}`, step: "Klar", startMs: b + 5 * DAY - MIN, endMs: b + 5 * DAY },
      );
    }
    const data = forbattringPage(eventLogFromObservations(obs), {
      improvements: [{ process: "", from: "2025-04-01", description: "Ny rutin" }],
    });
    const [row] = data.improvements;
    expect(row).toMatchObject({ process: "", processName: "Alla ärenden", from: "2025-04-01", flows: { before: 6, after: 6 } });
    const lead = row!.measures.find((m) => m.id === "leadTime")!;
    expect(lead.comparison.ok).toBe(true);
    if (lead.comparison.ok) {
      expect(lead.comparison.before.median).toBe(10 * DAY);
      expect(lead.comparison.after.median).toBe(5 * DAY);
      expect(lead.comparison.direction).toBe("minskade");
    }
    expect(row!.measures.map((m) => m.id)).toEqual(["leadTime", "wait", "flowEfficiency", "nvaWorkShare"]);
    expect(data.grains.map((g) => g.id)).toEqual(["week", "month"]);
  });
});

describe("tillganglighetPage", () => {
  it("counts open and closed flows at the last event with the given end steps; flows without a unit are unit ''", () => {
    const log = eventLogFromObservations([
      o("A", "Remiss", 0, 10),
      o("A", "Avslut", 60, 70),
      o("B", "Remiss", 5, 10),
      o("B", "Avslut", 100, 110),
      o("C", "Remiss", 20, 30),
    ]);
    const data = tillganglighetPage(log, { endSteps: ["Avslut"] });
    expect(data.flows).toEqual({ closed: 2, open: 1 });
    expect(data.units).toEqual([{ id: "", name: "Alla ärenden" }]);
    expect(data.openByUnit).toEqual([{ unit: "", open: 1, changeFourWeeks: 0 }]); // one day of WIP: no change
    expect(data.processes).toMatchObject([{ id: "", name: "Alla ärenden", unit: "", endSteps: ["Avslut"], open: 1 }]);
    expect(data.asOfMs).toBe(T0 + 110 * MIN);
    expect(data.leadTimes.map((l) => l.unit)).toEqual([""]);
  });
  it("gives the change in open flows over the last four weeks of the daily WIP series", () => {
    const D = 24 * 60;
    // A opens day 0 and stays open; B runs day 0–1; C opens day 35; the log ends day 40 (the analysis date).
    // Four weeks before day 40 (day 12) only A was open; at day 40 A and C are: +1.
    const log = eventLogFromObservations([
      o("A", "Remiss", 0, 10),
      o("B", "Remiss", 5, 10),
      o("B", "Avslut", D, D + 10),
      o("C", "Remiss", 35 * D, 35 * D + 10),
      o("C", "Bedömning", 40 * D, 40 * D + 10),
    ]);
    const data = tillganglighetPage(log, { endSteps: ["Avslut"] });
    expect(data.wip.find((w) => w.date === "2025-03-22")?.wip).toBe(1); // day 12
    expect(data.openByUnit).toEqual([{ unit: "", open: 2, changeFourWeeks: 1 }]);
  });
});

describe("qualityFileReport", () => {
  it("counts problems per code, most frequent first, and keeps rows in = accepted + rejected", () => {
    const r = importCsv(
      "ärende;steg;start;slut\nA;X;2025-03-10 08:00;2025-03-10 09:00\n;X;2025-03-10 08:00;2025-03-10 09:00\nB;X;igår;2025-03-10 09:00\nC;X;i morgon;2025-03-10 09:00\n",
      { file: "f.csv" },
    );
    const q = qualityFileReport(r.quality, { file: "f.csv", about: "Din fil", kind: r.kind, mapping: r.mapping });
    expect(q).toMatchObject({ file: "f.csv", about: "Din fil", kind: "interval", rowsIn: 4, accepted: 1, rejected: 3, refused: null });
    expect(q.counts.map((c) => [c.code, c.n])).toEqual([
      ["UNPARSEABLE_TIME", 2],
      ["MISSING_FLOW", 1],
    ]);
    expect(q.issues.map((i) => i.row)).toEqual(expect.arrayContaining([3, 4, 5]));
    expect(q.issuesTotal).toBe(3);
    // Display-ready words: the name without folders, the kind, severities and whole-row issues in Swedish.
    expect(q).toMatchObject({ name: "f.csv", kindLabel: "start och slut per rad", unmatched: 0, lifecycleText: "" });
    expect(q.counts.map((c) => c.severityLabel)).toEqual(["fel", "fel"]);
    expect(q.issues.find((i) => i.code === "MISSING_FLOW")).toMatchObject({ severityLabel: "fel" });
    expect(qualityFileReport(null, { file: "data/pilot/x.csv", about: "x" }).name).toBe("x.csv");
    const refused = qualityFileReport(null, { file: "p.csv", about: "x", refused: { code: "PERSONNUMMER", message: "m" } });
    expect(refused).toMatchObject({ rowsIn: 0, accepted: 0, rejected: 0, refused: { code: "PERSONNUMMER" } });
  });
});
