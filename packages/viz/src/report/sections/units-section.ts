import { formatPercent, formatSek } from "../../format.js";
import { countText, escapeHtml, reportDays } from "../report-html.js";
import type { ReportSection } from "../report-section.js";

/** Enheter: the roll-up table, every level computed from the flows below it. */
export const unitsSection: ReportSection = {
  id: "enheter",
  title: "Enheter",
  render(report) {
    const rows = report.units
      .map(
        (u) =>
          `<tr class="d${Math.min(3, u.depth)}"><td>${escapeHtml(u.name)}</td><td>${escapeHtml(u.level)}</td><td class="n">${countText(u.flows)}</td><td class="n">${reportDays(u.leadTimeMs.median)}</td>` +
          `<td class="n">${reportDays(u.leadTimeMs.p85)}</td><td class="n">${formatPercent(u.flowEfficiency.aggregate)}</td><td class="n">${formatPercent(u.waitShare)}</td>` +
          `<td class="n">${formatPercent(u.nvaWorkShare, 0)} <span class="muted">(${formatPercent(u.atBaseline.nvaWorkShare, 0)})</span></td><td class="n">${formatSek(u.costOfWasteSek)}</td></tr>`,
      )
      .join("");
    return (
      `<p class="small muted">Varje nivå är beräknad från alla ärenden under den (aldrig medianer av medianer). Ett ärende räknas den månad det avslutades.</p>` +
      `<table><thead><tr><th>Enhet</th><th>Nivå</th><th>Ärenden</th><th>Ledtid, median</th><th>Ledtid, p85</th><th>Flödeseffektivitet</th><th>Väntan av ledtiden</th><th>Slöseri av arbetad tid (baslinjen)</th><th>Kostnad för slöseri</th></tr></thead>` +
      `<tbody>${rows}</tbody></table>`
    );
  },
};
