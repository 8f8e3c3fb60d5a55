import { type CareGuaranteeRule, monthlyReport, queueReportSection, type Unit } from "@flodes/core";
import { renderReportHtml } from "@flodes/viz";
import { describe, expect, it } from "vitest";
import { DAY, MODEL, OBSERVATIONS, smallLog, t } from "./small-log.js";

const UNITS: Unit[] = [
  { id: "R", name: "Region", level: "region" },
  { id: "U1", name: "Enhet Ett", level: "enhet", parent: "R" },
  { id: "U2", name: "Enhet Två", level: "enhet", parent: "R" },
];
const RULE: CareGuaranteeRule = { id: "b2", name: "Besök inom 2 dagar", from: ["A"], to: ["B"], limitDays: 2, days: "calendar" };

describe("queueReportSection", () => {
  it("describes each unit's queue at the end of the month", () => {
    const s = queueReportSection(smallLog(), { month: "2025-01", rules: [RULE], unitNames: { U1: "Enhet Ett", U2: "Enhet Två" } });
    expect(s.asOfMs).toBe(t("2025-02-01 00:00") - 1);
    // At the end of January F5's Åtgärd (20 Jan) has happened: U1 keeps F2 and F4 open, U2 has F6 and F7.
    const u1 = s.units.find((u) => u.unit === "U1")!;
    expect(u1).toMatchObject({ name: "Enhet Ett", open: 2, openPreviousMonth: 0, arrivals: 4, departures: 2, beyondLimit: 0 });
    // Ages at 31 Jan 24:00: F2 since 6 Jan 13:00 (25 d 11 h), F4 since 8 Jan 10:00 (23 d 14 h) → median in between.
    const end = t("2025-02-01 00:00") - 1;
    expect(u1.medianAgeMs).toBe((end - t("2025-01-06 13:00") + (end - t("2025-01-08 10:00"))) / 2);
    // Besök within 2 days: F1 (2 d) yes, F2 (3 d) no; F4 waiting since 8 Jan → open beyond. 1 ÷ (2 + 1).
    expect(u1.guarantee).toEqual([{ rule: "b2", name: "Besök inom 2 dagar", reached: 2, within: 1, openBeyond: 1, compliance: 1 / 3 }]);
    expect(u1.trend).toEqual([{ month: "2025-01", open: 2 }]);
    expect(u1.forecastText?.message).toMatch(/^Med 85 % säkerhet/);
    const u2 = s.units.find((u) => u.unit === "U2")!;
    expect(u2).toMatchObject({ open: 2, arrivals: 3, departures: 1 });
    expect(u2.closedOnlyMedianMs).toBe(t("2025-01-20 09:30") - t("2025-01-13 09:00"));
    // F6 and F7 have waited 19 days: with them counted, fewer than half have closed → no median yet.
    expect(u2.kaplanMeierMedianMs).toBeNull();
    expect(u2.leadTimeText?.message).toMatch(/medianen kan ännu inte skattas/);
    expect(s.units.every((u) => u.medianAgeMs! < 30 * DAY)).toBe(true);
  });
});

describe("monthly report queue section", () => {
  it("is added when asked for and the model names end steps, and rendered as HTML", async () => {
    const input = { observations: OBSERVATIONS, processes: [MODEL], units: UNITS, goals: [] };
    const report = monthlyReport(input, { month: "2025-01", queue: { rules: [RULE] } });
    expect(report.queue?.units.map((u) => [u.name, u.open])).toEqual([
      ["Enhet Ett", 2],
      ["Enhet Två", 2],
    ]);
    const html = await renderReportHtml(report);
    expect(html).toContain('<section id="koer"><h2>Tillgänglighet och köer</h2>');
    expect(html).toContain("Läget vid månadens slut (2025-01-31)");
    expect(html).toContain('<td>Enhet Ett</td><td>Besök inom 2 dagar</td><td class="n">1 av 2</td>');
    expect(html).not.toMatch(/<script/);
    // Not asked for, or no end steps named (only the model's last step would be a guess): no section.
    expect(monthlyReport(input, { month: "2025-01" }).queue).toBeNull();
    const noEnds = { ...MODEL, steps: MODEL.steps.map(({ end: _end, ...s }) => s) };
    expect(monthlyReport({ ...input, processes: [noEnds] }, { month: "2025-01", queue: {} }).queue).toBeNull();
    expect(await renderReportHtml(monthlyReport(input, { month: "2025-01" }))).not.toContain('id="koer"');
  });
});
