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
    for (const id of ["mal", "enheter", "forandring", "korscheman", "beroenden", "datakvalitet"]) expect(h).toContain(`<section id="${id}">`);
    // 5 units with flows → 5 run charts; 4 goals → 4 progress bars
    expect(h.match(/<svg class="chart run"/g)).toHaveLength(5);
    expect(h.match(/<svg class="chart progress"/g)).toHaveLength(4);
    expect(h).toContain("oktober 2025");
    expect(h).toContain("25,0 %"); // E1 flow efficiency 1 h ÷ 4 h
    expect(h).toContain("600 kr"); // E1 cost of waste
    expect(h).toContain('<span class="badge risk">risk</span>');
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
