import type { ComparisonResult } from "@flodes/core";
import { escapeHtml, reportDays } from "../report-html.js";
import type { ReportSection } from "../report-section.js";

/**
 * A comparison as report text: its sentence (which claims a direction only by the decision rule), or the reason
 * there is none, muted.
 * @example
 * changeText(compareGroups([1, 2], [3, 4], { measure: "leadTime" })).includes("För få värden för att jämföra ledtid") // → true
 */
export function changeText(c: ComparisonResult): string {
  return c.ok ? escapeHtml(c.sentence) : `<span class="muted">${escapeHtml(c.message)}</span>`;
}

/** Förändring mot baslinjen: lead time and flow efficiency of the month against the baseline, per unit. */
export const changeSection: ReportSection = {
  id: "forandring",
  title: "Förändring mot baslinjen",
  render(report) {
    const rows = report.units
      .filter((u) => u.flows > 0)
      .map(
        (u) =>
          `<tr class="d${Math.min(3, u.depth)}"><td>${escapeHtml(u.name)}</td><td class="n">${reportDays(u.atBaseline.leadTimeMs.median)} → ${reportDays(u.leadTimeMs.median)}</td>` +
          `<td>${changeText(u.leadTimeChange)}</td><td>${changeText(u.flowEfficiencyChange)}</td></tr>`,
      )
      .join("");
    const inside = report.baseline.containsReportMonth
      ? ` Rapportmånaden ligger inom baslinjeperioden och räknas inte med i den baslinje den jämförs med.`
      : "";
    return (
      `<p class="small muted">Månadens avslutade ärenden mot ärendena som avslutades under baslinjen (${escapeHtml(report.baseline.label)}): skillnad i median med 95 % ` +
      `bootstrap-konfidensintervall. En riktning (minskade, ökade) anges bara när intervallet inte rymmer 0; annars står det att det inte finns någon säker skillnad.${inside}</p>` +
      `<table><thead><tr><th>Enhet</th><th>Ledtid, median: baslinjen → nu</th><th>Ledtid</th><th>Flödeseffektivitet</th></tr></thead><tbody>${rows}</tbody></table>`
    );
  },
};
