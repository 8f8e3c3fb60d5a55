import { describe, expect, it } from "vitest";
import { monthlyReport, renderReportHtml } from "@flodes/core";
import { goals, observations, processes, units } from "./fixture.js";

const html = (synthetic: boolean) => renderReportHtml(monthlyReport({ observations, processes, units, goals }, { month: "2025-10", synthetic }));

describe("renderReportHtml", () => {
  it("is one self-contained document: no scripts, no external resources", () => {
    const h = html(true);
    expect(h.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(h).not.toMatch(/<script/i);
    expect(h).not.toMatch(/https?:\/\//i);
    expect(h).not.toMatch(/<link\b|@import|@font-face|url\(/i);
    expect(h).toContain("@media print");
    expect(h).toContain("size:A4");
  });

  it("holds the sections, the SVG charts and the hand-computed numbers in Swedish format", () => {
    const h = html(true);
    for (const id of ["sammanfattning", "mal", "enheter", "forandring", "korscheman", "beroenden", "datakvalitet", "om-matten"]) expect(h).toContain(`<section id="${id}">`);
    // 5 units with flows, but Region → Förvaltning → VO is a chain of only children holding the same flows:
    // one chart for the chain (at VO) + E1 + E2 = 3 run charts; 4 goals → 4 progress bars
    expect(h.match(/<svg class="chart run"/g)).toHaveLength(3);
    expect(h).toContain("(= Förvaltning Test, Region Test)");
    expect(h.match(/<svg class="chart progress"/g)).toHaveLength(4);
    expect(h).toContain("oktober 2025");
    expect(h).toContain("25,0 %"); // E1 flow efficiency 1 h ÷ 4 h
    expect(h).toContain("600 kr"); // E1 cost of waste
    expect(h).toContain('<span class="badge risk">risk</span>');
  });

  it("opens with a summary of the region: flows, lead time, efficiency, goal status counts", () => {
    const h = html(true);
    const summary = h.slice(h.indexOf('<section id="sammanfattning">'), h.indexOf('<section id="mal">'));
    expect(summary).toContain("Region Test");
    expect(summary).toContain("2 ärenden avslutades");
    expect(summary).toMatch(/Mål: .*av 4\./);
  });

  it("writes large counts with a Swedish thousands separator", () => {
    const r = monthlyReport({ observations, processes, units, goals }, { month: "2025-10", quality: { rowsIn: 31476, accepted: 31476, rejected: 0, issues: [], unmatchedStarts: 0, unmatchedCompletes: 0, lifecycle: {}, counts: {} } });
    expect(renderReportHtml(r)).toMatch(/Rader in: 31\s476/);
  });

  it("starts each run chart at its first month with data, not at an empty month", () => {
    const r = monthlyReport({ observations, processes, units, goals }, { month: "2025-10" });
    // The 12-month window starts at 2024-11, months without finished flows come first.
    expect(r.units[0].monthly[0]).toMatchObject({ month: "2024-11", leadTimeMedianMs: null });
    const firstWithData = r.units[0].monthly.find((m) => m.leadTimeMedianMs !== null)!.month;
    const h = renderReportHtml(r);
    expect(h).not.toContain(">2024-11</text>");
    expect(h).toContain(`>${firstWithData}</text>`);
  });

  it("says the data are synthetic only when they are", () => {
    expect(html(true)).toContain("syntetiska data");
    expect(html(false)).not.toContain("syntetiska");
  });

  it("escapes names from the input", () => {
    const u = units.map((x) => (x.id === "E1" ? { ...x, name: "<b>Enhet</b>" } : x));
    const h = renderReportHtml(monthlyReport({ observations, processes, units: u, goals }, { month: "2025-10" }));
    expect(h).toContain("&lt;b&gt;Enhet&lt;/b&gt;");
    expect(h).not.toContain("<b>Enhet</b>");
  });
});
