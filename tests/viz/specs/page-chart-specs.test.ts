import { CATEGORY_COLOR, flowTimelineSpec, importRowsSpec, issueCountsSpec, QUALITY_COLOR, WAIT_COLOR } from "@flodes/viz";
import { describe, expect, it } from "vitest";

/** The `data.values` of every layer (or of the spec), flattened. */
function layerValues(spec: unknown): Record<string, unknown>[] {
  const s = spec as { data?: { values: Record<string, unknown>[] }; layer?: { data?: { values: Record<string, unknown>[] } }[] };
  return [...(s.data?.values ?? []), ...(s.layer ?? []).flatMap((l) => l.data?.values ?? [])];
}
const snap = (name: string) => `../__snapshots__/${name}.json`;
const MIN = 60_000;

describe("importRowsSpec", () => {
  const files = [
    { name: "syntetisk-handelser.csv", accepted: 41_250, rejected: 0 },
    { name: "syntetisk-importexempel.csv", accepted: 17, rejected: 6 },
  ];
  const spec = importRowsSpec(files);
  it("draws accepted and rejected rows per file with Swedish count labels on a log axis", async () => {
    const values = layerValues(spec);
    expect(values.map((v) => [v.file, v.status, v.n, v.label])).toEqual([
      ["syntetisk-handelser.csv", "Godtagna", 41_250, "41 250"],
      ["syntetisk-handelser.csv", "Avvisade", 0, "0"],
      ["syntetisk-importexempel.csv", "Godtagna", 17, "17"],
      ["syntetisk-importexempel.csv", "Avvisade", 6, "6"],
    ]);
    const t = JSON.stringify(spec);
    expect(t).toContain('"type":"symlog"');
    // Ticks at the powers of ten up to ten times the largest file (41 250 → 100 000), formatted with the Swedish locale.
    expect(t).toContain('"values":[0,1,10,100,1000,10000,100000]');
    expect(t).toContain('"thousands":" "');
    expect(t).toContain(`"range":["${QUALITY_COLOR.accepted}","${QUALITY_COLOR.rejected}"]`);
    expect(QUALITY_COLOR.accepted).toBe(CATEGORY_COLOR.VA);
    expect(spec.description).toBe(
      "Liggande staplar med godtagna och avvisade rader per fil, logaritmisk skala: syntetisk-handelser.csv: 41 250 godtagna, 0 avvisade; syntetisk-importexempel.csv: 17 godtagna, 6 avvisade.",
    );
    expect(spec.height).toBe(88); // 44 px per file
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("import-rows"));
  });
});

describe("issueCountsSpec", () => {
  const spec = issueCountsSpec([
    { code: "UNPARSEABLE_TIME", severity: "error", n: 1234 },
    { code: "DST_GAP", severity: "warning", n: 2 },
  ]);
  it("labels each code's count and says in the legend what the severity does to the row", async () => {
    const values = layerValues(spec);
    expect(values.map((v) => [v.code, v.severity, v.label])).toEqual([
      ["UNPARSEABLE_TIME", "fel (raden avvisas)", "1 234"],
      ["DST_GAP", "varning (raden behålls)", "2"],
    ]);
    const t = JSON.stringify(spec);
    expect(t).toContain(`"range":["${QUALITY_COLOR.rejected}","${QUALITY_COLOR.warning}"]`);
    expect(t).toContain('"tickMinStep":1'); // counts are whole numbers
    expect(spec.title).toEqual({ text: "Antal per kod" });
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("issue-counts"));
  });
});

describe("flowTimelineSpec", () => {
  // design.md's worked example, flow F1 on 2025-03-12 from 08:00.
  const t0 = Date.parse("2025-03-12T08:00:00+01:00");
  const at = (min: number) => t0 + min * MIN;
  const observations = [
    { step: "Remiss inkommer", category: "NNVA" as const, startMs: at(0), endMs: at(5) },
    { step: "Bedömning", category: "VA" as const, startMs: at(60), endMs: at(80) },
    { step: "Provtagning", category: "VA" as const, startMs: at(70), endMs: at(90) },
    { step: "Dokumentation", category: "NNVA" as const, startMs: at(85), endMs: at(100) },
    { step: "Provtagning", category: "NVA" as const, startMs: at(180), endMs: at(195), repeat: true },
    { step: "Beslut", category: "VA" as const, startMs: at(240), endMs: at(250) },
  ];
  const waits = [
    { index: 0, waitMs: 0, from: null },
    { index: 1, waitMs: 55 * MIN, from: "Remiss inkommer" },
    { index: 2, waitMs: 0, from: "Bedömning" },
    { index: 3, waitMs: 0, from: "Provtagning" },
    { index: 4, waitMs: 80 * MIN, from: "Dokumentation" },
    { index: 5, waitMs: 45 * MIN, from: "Provtagning" },
  ];
  const spec = flowTimelineSpec(observations, waits, { unit: "min" });
  const values = layerValues(spec);
  it("puts each observation on its own numbered row, in minutes from the first start", async () => {
    const work = values.filter((v) => v.key !== "Väntan");
    expect(work.map((v) => [v.label, v.x1, v.x2])).toEqual([
      ["1. Remiss inkommer", 0, 5],
      ["2. Bedömning", 60, 80],
      ["3. Provtagning", 70, 90],
      ["4. Dokumentation", 85, 100],
      ["5. Provtagning (upprepn.)", 180, 195],
      ["6. Beslut", 240, 250],
    ]);
    expect(work.map((v) => v.key)).toEqual([
      "Nödvändig",
      "Värdeskapande",
      "Värdeskapande",
      "Nödvändig",
      "Slöseri (arbete)",
      "Värdeskapande",
    ]);
    expect(JSON.stringify(spec)).toContain('"domain":[0,250]'); // the lead time, 08:00–12:10
    expect(JSON.stringify(spec)).toContain("Tid från första start (min)");
    await expect(JSON.stringify(spec, null, 2)).toMatchFileSnapshot(snap("flow-timeline"));
  });
  it("draws the waits before the steps (55 + 80 + 45 = 180 min) in the wait colour, ending where the step starts", () => {
    // The wait layer (the next layer labels the same rows).
    const w = layerValues({ layer: [(spec as { layer: unknown[] }).layer[0]] });
    expect(w.map((v) => [v.label, v.x1, v.x2, v.text])).toEqual([
      ["2. Bedömning", 5, 60, "väntan 55 min"],
      ["5. Provtagning (upprepn.)", 100, 180, "väntan 80 min"],
      ["6. Beslut", 195, 240, "väntan 45 min"],
    ]);
    const t = JSON.stringify(spec);
    expect(t).toContain(`"range":["${CATEGORY_COLOR.VA}","${CATEGORY_COLOR.NNVA}","${CATEGORY_COLOR.NVA}","${WAIT_COLOR}"]`);
  });
  it("picks hours for a flow of a working day when no unit is given", () => {
    expect(JSON.stringify(flowTimelineSpec(observations, waits))).toContain("Tid från första start (h)"); // 250 min ≥ 2 h
  });
});
