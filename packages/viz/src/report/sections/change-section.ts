import type { ComparisonResult } from "@flodes/core";
import { escapeHtml } from "../report-html.js";
import type { ReportSection } from "../report-section.js";

/**
 * A comparison as report text: its sentence (which claims a direction only by the decision rule), or the reason
 * there is none, muted.
 * @example changeText(compareGroups(before, after, { measure: "leadTime" }))
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
      .map((u) => `<tr class="d${Math.min(3, u.depth)}"><td>${escapeHtml(u.name)}</td><td>${changeText(u.leadTimeChange)}</td><td>${changeText(u.flowEfficiencyChange)}</td></tr>`)
      .join("");
    return (
      `<p class="small muted">Skillnad i median (månaden minus baslinjen ${escapeHtml(report.baseline.months.join(", "))}) med 95 % bootstrap-konfidensintervall och Mann–Whitney-test; ` +
      `en riktning anges bara när båda visar den.</p>` +
      `<table><thead><tr><th>Enhet</th><th>Ledtid mot baslinjen</th><th>Flödeseffektivitet mot baslinjen</th></tr></thead><tbody>${rows}</tbody></table>`
    );
  },
};
