import { monthlyReport } from "@flodes/core";
import { DEFAULT_REPORT_SECTIONS, insertReportSection, type ReportSection, renderReportHtml } from "@flodes/viz";
import { describe, expect, it } from "vitest";
import { goals, observations, processes, units } from "../../core/report/fixture.js";

const CREATED = Date.parse("2025-11-03T09:00:00+01:00");
const report = (synthetic = true) => monthlyReport({ observations, processes, units, goals }, { month: "2025-10", synthetic });
const html = (synthetic: boolean) => renderReportHtml(report(synthetic), { createdAt: CREATED });

describe("renderReportHtml", () => {
  it("is one self-contained document: no scripts, no external resources", async () => {
    const h = await html(true);
    expect(h.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(h).not.toMatch(/<script/i);
    expect(h).not.toMatch(/https?:\/\//i);
    expect(h).not.toMatch(/<link\b|@import|@font-face|url\(/i);
    expect(h).toContain("@media print");
    expect(h).toContain("size:A4");
  });

  it("prints the report name, creation date and 'Sida n av N' on every page", async () => {
    const h = await html(true);
    expect(h).toContain('@bottom-right{content:"Sida " counter(page) " av " counter(pages)');
    expect(h).toMatch(/@bottom-left\{content:"[^"]*oktober 2025 · skapad 2025-11-03/);
    expect(h).toContain('<time datetime="2025-11-03">2025-11-03</time>');
  });

  it("holds the sections, the headless Vega-Lite SVG charts and the hand-computed numbers in Swedish format", async () => {
    const h = await html(true);
    for (const id of ["sammanfattning", "mal", "enheter", "forandring", "seriediagram", "beroenden", "datakvalitet", "om-matten"])
      expect(h).toContain(`<section id="${id}">`);
    // queue and steering sections only when the report carries their data
    for (const id of ["koer", "effektivitetsmatris", "portfolj"]) expect(h).not.toContain(`<section id="${id}">`);
    expect(DEFAULT_REPORT_SECTIONS.map((x) => x.id)).toContain("koer");
    // 5 units with flows, but Region → Förvaltning → VO is a chain of only children holding the same flows:
    // one chart for the chain (at VO) + E1 + E2 = 3 run charts; 4 goals → 4 progress bars
    expect(h.match(/<div class="chart run"><svg/g)).toHaveLength(3);
    expect(h).toContain("(= Förvaltning Test, Region Test)");
    expect(h.match(/<div class="chart progress"><svg/g)).toHaveLength(4);
    expect(h).toContain("oktober 2025");
    expect(h).toContain("25 %"); // E1 flow efficiency 1 h ÷ 4 h
    expect(h).toContain("600 kr"); // E1 cost of waste
    expect(h).toContain('<span class="badge risk">risk</span>');
    expect(h).toContain("<h2>Seriediagram</h2>");
    expect(h).not.toMatch(/[Kk]örschem/);
  });

  it("writes lead times in dagar, never 'd' or 'dygn'", async () => {
    const h = await html(true);
    // E1: one flow of 4 h = 0,2 dagar (rounded to one decimal)
    expect(h).toContain("0,2 dagar");
    const text = h.replace(/<style>[\s\S]*?<\/style>/, "").replace(/<[^>]+>/g, " ");
    expect(text).not.toMatch(/\d d\b/);
    expect(text).not.toMatch(/dygn/);
  });

  it("opens with a summary of the region: flows, lead time, efficiency, goal status counts", async () => {
    const h = await html(true);
    const summary = h.slice(h.indexOf('<section id="sammanfattning">'), h.indexOf('<section id="mal">'));
    expect(summary).toContain("Region Test");
    expect(summary).toContain("2 ärenden avslutades");
    expect(summary).toMatch(/Mål: .*av 4\./);
  });

  it("writes large counts with a Swedish thousands separator", async () => {
    const r = monthlyReport(
      { observations, processes, units, goals },
      {
        month: "2025-10",
        quality: {
          rowsIn: 31476,
          accepted: 31476,
          rejected: 0,
          issues: [],
          unmatchedStarts: 0,
          unmatchedCompletes: 0,
          lifecycle: {},
          counts: {},
        },
      },
    );
    expect(await renderReportHtml(r)).toMatch(/Rader in: 31\s476/);
  });

  it("starts each run chart at its first month with data, not at an empty month", async () => {
    const r = report(false);
    // The 12-month window starts at 2024-11, months without finished flows come first.
    expect(r.units[0].monthly[0]).toMatchObject({ month: "2024-11", leadTimeMedianMs: null });
    const h = await renderReportHtml(r);
    const runCharts = h.slice(h.indexOf('<section id="seriediagram">'), h.indexOf('<section id="beroenden">'));
    expect(runCharts).not.toContain(">2024-11<");
    expect(runCharts).toContain(">2025-09<");
  });

  it("says the data are synthetic only when they are", async () => {
    expect(await html(true)).toContain("syntetiska data");
    expect(await html(false)).not.toContain("syntetiska");
  });

  it("escapes names from the input", async () => {
    const u = units.map((x) => (x.id === "E1" ? { ...x, name: "<b>Enhet</b>" } : x));
    const h = await renderReportHtml(monthlyReport({ observations, processes, units: u, goals }, { month: "2025-10" }));
    expect(h).toContain("&lt;b&gt;Enhet&lt;/b&gt;");
    expect(h).not.toContain("<b>Enhet</b>");
  });

  it("takes a list of sections: one more section renders in its place, null leaves a section out", async () => {
    const extra: ReportSection = { id: "extra", title: "Extra", render: (r) => `<p>${r.flowsInMonth} avslutade</p>` };
    const none: ReportSection = { id: "tom", title: "Tom", render: () => null };
    const sections = insertReportSection(insertReportSection(DEFAULT_REPORT_SECTIONS, extra, { after: "enheter" }), none);
    const h = await renderReportHtml(report(), { sections });
    expect(h).toContain('<section id="extra"><h2>Extra</h2><p>2 avslutade</p></section>');
    expect(h.indexOf('id="enheter"')).toBeLessThan(h.indexOf('id="extra"'));
    expect(h.indexOf('id="extra"')).toBeLessThan(h.indexOf('id="forandring"'));
    expect(h).not.toContain('id="tom"');
    expect(sections.map((s) => s.id).at(-1)).toBe("tom");
  });
});
