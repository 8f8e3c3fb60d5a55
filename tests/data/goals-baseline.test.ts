// The goals' baseline values and the report's baseline are one definition: the generator computes mal.json the way
// @flodes/core's monthly report computes its baseline (flows completed in the pilot's baseline period).
import { readFileSync } from "node:fs";
import { type Goal, monthlyReport, type Process, type Unit } from "@flodes/core";
import { importFile } from "@flodes/core/node";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "./pilot-log.js";

const json = <T>(rel: string): T => JSON.parse(readFileSync(DATA_DIR + rel, "utf8")) as T;

describe("pilot goals and the report's baseline", () => {
  it("reads the baseline period 2025-01..2025-06 from the pilot settings", () => {
    expect(json<{ baslinje: string }>("pilot/installningar.json").baslinje).toBe("2025-01..2025-06");
  });

  it("gives every goal the baseline value flodes measures over that period", async () => {
    const settings = json<{ baslinje: string }>("pilot/installningar.json");
    const processes = json<Process[]>("pilot/processer.json");
    const units = json<Unit[]>("pilot/enheter.json");
    const goals = json<Goal[]>("pilot/mal.json");
    const { observations } = await importFile(`${DATA_DIR}pilot/syntetisk-handelser.csv`, { tz: "Europe/Stockholm", model: processes });
    const r = monthlyReport(
      { observations, processes, units, goals },
      { month: "2025-07", baseline: settings.baslinje, costGoalMonths: 6 },
    );
    expect(r.baseline.months).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06"]);
    expect(goals.length).toBeGreaterThanOrEqual(30);
    for (const g of goals) {
      const u = r.units.find((x) => x.unit === g.unit)!.atBaseline;
      const where = `${g.unit} ${g.metric}`;
      if (g.metric === "leadTimeMedianMs") expect(g.baseline, where).toBeCloseTo(u.leadTimeMs.median!, -3);
      if (g.metric === "waitMedianMs") expect(g.baseline, where).toBeCloseTo(u.waitMs.median!, -3);
      if (g.metric === "flowEfficiency") expect(Math.abs(g.baseline - u.flowEfficiency.aggregate!), where).toBeLessThan(1e-5);
      if (g.metric === "nvaWorkShare") expect(Math.abs(g.baseline - u.nvaWorkShare!), where).toBeLessThan(5e-4);
      if (g.metric === "costOfWasteSek") expect(Math.abs(g.baseline - u.costOfWasteSek), where).toBeLessThan(1);
      expect(g.baselineDate, where).toBe("2025-07-01");
    }
  }, 60_000);
});
