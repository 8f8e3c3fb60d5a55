import type { EfficiencyPoint, FreedCapacityResult, StatusBoardRow } from "@flodes/core";
import {
  type EffectItem,
  efficiencyMatrixSpec,
  expectedRealisedSpec,
  freedCapacitySpec,
  improvementPct,
  portfolioBoardSpec,
  priorityMatrixSpec,
  renderVegaLiteSvg,
} from "@flodes/viz";
import { describe, expect, it } from "vitest";

// Synthetic inputs (not real data).
const point = (unit: string, period: string, flow: number | null, resource: number | null): EfficiencyPoint => ({
  unit,
  period,
  flows: 10,
  flowEfficiency: flow,
  touchHours: 80,
  availableHours: resource === null ? null : 80 / resource,
  resourceEfficiency: resource,
  unstaffedTouchHours: 0,
  quadrant: null,
});
type Layer = { data?: { values: Record<string, unknown>[] }; layer?: Layer[]; mark: { type: string } | string; transform?: unknown[] };

describe("efficiencyMatrixSpec", () => {
  const points = [
    point("a", "2025-03", 0.0016, 0.86),
    point("a", "2025-12", 0.0025, 0.81),
    point("b", "2025-03", 0.0014, 0.88),
    point("b", "2025-12", 0.0009, 1.1),
    point("b", "2025-06", null, 0.9),
  ];
  const spec = efficiencyMatrixSpec(points, { unitNames: { a: "Enhet A", b: "Enhet B" }, width: 600 }) as unknown as {
    layer: Layer[];
    description: string;
  };

  it("draws each unit's path on a log flow axis with the quadrants named and the last month labelled", async () => {
    const data = spec.layer[spec.layer.length - 1]!;
    const values = data.data!.values;
    // The point without flow efficiency is left out; the last month of each unit is flagged.
    expect(values.map((v) => [v.unit, v.period, v.last])).toEqual([
      ["Enhet A", "2025-03", false],
      ["Enhet A", "2025-12", true],
      ["Enhet B", "2025-03", false],
      ["Enhet B", "2025-12", true],
    ]);
    expect(values[1]).toMatchObject({ xLabel: "0,25 %", yLabel: "81 %", periodLabel: "dec 2025" });
    expect(spec.layer.slice(0, 4).map((l) => l.data!.values[0]!.label)).toEqual([
      "Effektiva öar",
      "Perfekt tillstånd",
      "Ödemark",
      "Effektivt hav",
    ]);
    // Zoomed in on the units (0,09–0,25 %, 81–110 %: y from 70 % to 120 %), only the quadrant in view is named and
    // both dividing lines (50 %) are out of view.
    const zoomed = efficiencyMatrixSpec(points, { zoom: true }) as unknown as { layer: Layer[] };
    expect(zoomed.layer.filter((l) => l.data?.values[0]?.label !== undefined).map((l) => l.data!.values[0]!.label)).toEqual([
      "Effektiva öar",
    ]);
    expect(zoomed.layer.filter((l) => typeof l.mark === "object" && l.mark.type === "rule")).toHaveLength(0);
    // y reaches above the largest resource efficiency (110 %).
    expect(spec.description).toContain(
      "Enhet B: från 0,14 % flödeseffektivitet och 88 % resurseffektivitet (mar 2025) till 0,09 % och 110 % (dec 2025).",
    );
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot("./__snapshots__/efficiency-matrix-spec.json");
    const svg = await renderVegaLiteSvg(spec as never, { width: 600 });
    expect(svg).toContain("Effektiva öar");
    expect(svg).toContain("Enhet B");
  });
});

const freed = (id: string, title: string, h: [number, number, number], sek: [number, number, number] | null): FreedCapacityResult =>
  ({
    ok: true,
    improvement: id,
    title,
    unit: "u",
    flows: { before: 20, after: 18 },
    total: {
      hoursPerMonth: { estimate: h[0], lower: h[1], upper: h[2] },
      fte: { estimate: (h[0] * 12) / 1700, lower: (h[1] * 12) / 1700, upper: (h[2] * 12) / 1700 },
      sekPerYear: sek && { estimate: sek[0], lower: sek[1], upper: sek[2] },
    },
  }) as unknown as FreedCapacityResult;

describe("freedCapacitySpec", () => {
  const results: FreedCapacityResult[] = [
    freed("F1", "Inkorg", [2.5, 1.7, 3.3], [16000, 11000, 21500]),
    freed("F2", "Tavelmöte", [0.4, -0.2, 1.0], [2800, -800, 6200]),
    freed("F3", "Direktbokning", [4.6, 2.9, 6.5], [57650, 35500, 80450]),
    {
      ok: false,
      improvement: "F4",
      title: "Ny",
      unit: "u",
      code: "NO_START_DATE",
      flows: { before: 0, after: 0 },
      message: "",
      messageEn: "",
    },
  ];

  it("sorts by the estimate, greys intervals that contain 0 and counts what it leaves out", async () => {
    const spec = freedCapacitySpec(results, { unitNames: { u: "Enhet U" } }) as unknown as {
      data: { values: Record<string, unknown>[] };
      title: { subtitle: string[] };
    };
    expect(spec.data.values.map((v) => [v.name, v.clear, v.estimateLabel])).toEqual([
      ["Direktbokning (Enhet U)", true, "4,6 h"],
      ["Inkorg (Enhet U)", true, "2,5 h"],
      ["Tavelmöte (Enhet U)", false, "0,4 h"],
    ]);
    expect(spec.title.subtitle.join(" ")).toContain("1 förbättringar utan före/efter-resultat visas inte.");
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot("./__snapshots__/freed-capacity-spec.json");
    const sek = freedCapacitySpec(results, { measure: "sek" }) as unknown as { data: { values: Record<string, unknown>[] } };
    expect(sek.data.values[0]).toMatchObject({ estimateLabel: "57 650 kr", intervalLabel: "35 500 kr – 80 450 kr" });
    expect(await renderVegaLiteSvg(sek as never)).toContain("Kronor per år");
  });
});

describe("portfolioBoardSpec", () => {
  const board: StatusBoardRow[] = [
    { unit: "u", byStatus: { idé: ["F4"], planerad: [], pågår: ["F2"], klar: ["F1", "F3"], uppföljd: [] }, supportRequests: 1 },
    { unit: "v", byStatus: { idé: [], planerad: ["F5"], pågår: [], klar: [], uppföljd: ["F6"] }, supportRequests: 0 },
  ];
  it("counts improvements per unit and status with titles in the tooltip and support in the label", async () => {
    const spec = portfolioBoardSpec(board, {
      unitNames: { u: "Enhet U", v: "Enhet V" },
      titles: { F1: "Inkorg", F3: "Direktbokning" },
    }) as unknown as { data: { values: Record<string, unknown>[] } };
    const cell = (unit: string, status: string) => spec.data.values.find((v) => v.unit === unit && v.status === status)!;
    expect(cell("Enhet U · 1 ber om stöd", "klar")).toMatchObject({ count: 2, countLabel: "2", titles: "Inkorg · Direktbokning" });
    expect(cell("Enhet V", "idé")).toMatchObject({ count: 0, countLabel: "", titles: "–" });
    expect(spec.data.values).toHaveLength(10);
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot("./__snapshots__/portfolio-board-spec.json");
    expect(await renderVegaLiteSvg(spec as never)).toContain("uppföljd");
  });
});

const items: EffectItem[] = [
  {
    id: "F1",
    title: "Inkorg",
    unit: "u",
    status: "klar",
    measure: "leadTime",
    expectedPct: -30,
    realisedPct: { estimate: -36, lower: -45, upper: -27 },
    verdict: "som förväntat",
    effort: "medel",
    priority: "hög",
    supportNeed: null,
  },
  {
    id: "F2",
    title: "Tavelmöte",
    unit: "u",
    status: "pågår",
    measure: "wait",
    expectedPct: -20,
    realisedPct: { estimate: 14, lower: 5, upper: 22 },
    verdict: "motsatt effekt",
    effort: "liten",
    priority: "medel",
    supportNeed: "Coachning",
  },
  {
    id: "F3",
    title: "Videobesök",
    unit: "v",
    status: "idé",
    measure: "leadTime",
    expectedPct: -20,
    realisedPct: null,
    verdict: "ej mätt",
    effort: "stor",
    priority: "hög",
    supportNeed: "Teknik",
  },
  {
    id: "F4",
    title: "Flöde",
    unit: "v",
    status: "klar",
    measure: "flowEfficiency",
    expectedPct: 50,
    realisedPct: null,
    verdict: "ej mätt",
    effort: null,
    priority: "låg",
    supportNeed: null,
  },
];

describe("expectedRealisedSpec", () => {
  it("draws the realised change with its interval beside the expected one, coloured by verdict", async () => {
    const spec = expectedRealisedSpec(items) as unknown as { data: { values: Record<string, unknown>[] }; layer: Layer[] };
    expect(spec.data.values.map((v) => [v.name, v.expected, v.realised, v.verdict])).toEqual([
      ["Inkorg (u)", -30, -36, "som förväntat"],
      ["Tavelmöte (u)", -20, 14, "motsatt effekt"],
    ]);
    expect(spec.data.values[0]!.realisedLabel).toBe("−36 % (95 % intervall −45 % till −27 %)");
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot("./__snapshots__/expected-realised-spec.json");
    expect(await renderVegaLiteSvg(spec as never)).toContain("Inkorg (u)");
  });
});

describe("priorityMatrixSpec", () => {
  it("places improvements by effort and improvement in % (realised where measured), rings those asking for support", async () => {
    expect(improvementPct("leadTime", -30)).toBe(30);
    expect(improvementPct("flowEfficiency", 50)).toBe(50);
    const spec = priorityMatrixSpec(items) as unknown as { layer: Layer[] };
    const data = spec.layer[spec.layer.length - 1]!.data!.values;
    // F4 has no effort and is left out; F2's realised change (+14 % wait) is a −14 % improvement.
    expect(data.map((v) => [v.name, v.effect, v.source, v.asksSupport])).toEqual([
      ["Inkorg (u)", 36, "Uppnådd", false],
      ["Tavelmöte (u)", -14, "Uppnådd", true],
      ["Videobesök (v)", 20, "Förväntad", true],
    ]);
    expect(spec.layer.slice(0, 4).map((l) => l.data!.values[0]!.label)).toEqual([
      "Snabba vinster",
      "Stora satsningar",
      "Småförbättringar",
      "Ompröva",
    ]);
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot("./__snapshots__/priority-matrix-spec.json");
    expect(await renderVegaLiteSvg(spec as never)).toContain("Snabba vinster");
  });
});
