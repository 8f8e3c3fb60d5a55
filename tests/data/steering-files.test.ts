// The steering files of the synthetic pilot read cleanly with @flodes/core and tell the story they are meant to.
import { readFileSync } from "node:fs";
import { checkImprovementGoals, parseContextFigures, parseGoalTree, parseImprovements, parseStaffing } from "@flodes/core";
import { describe, expect, it } from "vitest";
import { DATA_DIR } from "./pilot-log.js";

const read = (f: string) => readFileSync(DATA_DIR + f, "utf8");

describe("steering files of the pilot", () => {
  const staffing = parseStaffing(read("pilot/bemanning.csv"), { file: "bemanning.csv" });
  const improvements = parseImprovements(read("pilot/forbattringar.csv"), { file: "forbattringar.csv" });
  const goals = parseGoalTree(read("pilot/malhierarki.csv"), { file: "malhierarki.csv" });
  const context = parseContextFigures(read("pilot/kontext.csv"), { file: "kontext.csv" });

  it("read without a single issue", () => {
    for (const p of [staffing, improvements, goals, context]) {
      expect(p.issues).toEqual([]);
      expect(p.rejected).toBe(0);
    }
    expect(checkImprovementGoals(improvements.items, goals.items)).toEqual([]);
  });

  it("read the same from the JSON twin of the improvements file", () => {
    const json = parseImprovements(read("pilot/forbattringar.json"));
    expect(json.issues).toEqual([]);
    expect(json.items.map(({ row: _r, ...i }) => i)).toEqual(improvements.items.map(({ row: _r, ...i }) => i));
  });

  it("have staffing for every unit that works in the log, and the vacancies of Länssjukvårdsområde 2", () => {
    const units = new Set(staffing.items.map((s) => s.unit));
    for (const u of [
      "narsjukvard-umea",
      "narsjukvard-skelleftea",
      "narsjukvard-sodra-lappland",
      "lansjukvardsomrade-1",
      "lansjukvardsomrade-2",
      "tandvard",
      "laboratoriemedicin",
      "bild-och-funktionsmedicin",
    ]) {
      expect(units.has(u), u).toBe(true);
    }
    const doctors = staffing.items.filter((s) => s.unit === "lansjukvardsomrade-2" && s.role === "Läkare");
    expect(doctors.map((d) => [d.staff, d.fromMonth ?? "", d.toMonth ?? ""])).toEqual([
      [6, "", "2025-08"],
      [4, "2025-09", ""],
    ]);
  });

  it("have every status in the portfolio, support requests, and a goal hierarchy four levels deep", () => {
    expect(new Set(improvements.items.map((i) => i.status))).toEqual(new Set(["idé", "planerad", "pågår", "klar", "uppföljd"]));
    expect(improvements.items.filter((i) => i.supportNeed !== undefined).length).toBeGreaterThanOrEqual(3);
    expect(new Set(goals.items.map((g) => g.level))).toEqual(new Set(["regionmål", "fokusområde", "delmål", "enhetsmål"]));
    expect(context.items.every((c) => c.amountSek < 0 && /syntetiskt/i.test(c.note ?? ""))).toBe(true);
  });
});

describe("lost slots in the dependent flows", () => {
  it("rebook the decision only in the three downstream processes, after a late answer, and less often in Umeå after its change", async () => {
    const { readEvents, byFlow } = await import("./pilot-log.js");
    const flows = byFlow(readEvents());
    const perProcess = new Map<string, { before: number; after: number; flowsBefore: number; flowsAfter: number }>();
    for (const rows of flows.values()) {
      const sorted = [...rows].sort((a, b) => a.startMs - b.startMs);
      const p = sorted[0]!.process;
      const acc = perProcess.get(p) ?? { before: 0, after: 0, flowsBefore: 0, flowsAfter: 0 };
      perProcess.set(p, acc);
      const early = sorted[0]!.start < "2025-07-01";
      if (early) acc.flowsBefore++;
      else acc.flowsAfter++;
      const k = sorted.findIndex((r) => r.step === "Ombokning av beslutstid");
      if (k < 0) continue;
      if (early) acc.before++;
      else acc.after++;
      // The decision comes after the rebooking, in the same flow — unless the flow is still open when the extract
      // was taken (then it has no decision yet).
      expect(sorted.slice(k + 1).some((r) => r.step === "Beslut") || !sorted.some((r) => r.step === "Beslut")).toBe(true);
      expect(sorted[k]!.category).toBe("NVA");
    }
    const rebooking = [...perProcess]
      .filter(([, a]) => a.before + a.after > 0)
      .map(([p]) => p)
      .sort();
    expect(rebooking).toEqual(["lso1-ortopedi", "lso2-lunga", "ume-diabetes"]);
    const rate = (p: string, half: "before" | "after") =>
      perProcess.get(p)![half] / perProcess.get(p)![half === "before" ? "flowsBefore" : "flowsAfter"];
    // Umeå's improvement (a shared inbox for answers, checked daily) lowers the rate.
    expect(rate("ume-diabetes", "after")).toBeLessThan(rate("ume-diabetes", "before"));
  });
});
