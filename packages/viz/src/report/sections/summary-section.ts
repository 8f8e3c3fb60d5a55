import type { GoalStatus } from "@flodes/core";
import { formatPercent, formatSek } from "../../format.js";
import { countText, escapeHtml, reportDays, statusBadge } from "../report-html.js";
import type { ReportSection } from "../report-section.js";
import { changeText } from "./change-section.js";

/** Sammanfattning: the region's figures, change against the baseline, goal status counts, signals, biggest inherited wait. */
export const summarySection: ReportSection = {
  id: "sammanfattning",
  title: "Sammanfattning",
  render(report, { onlyChild }) {
    const withFlows = report.units.filter((u) => u.flows > 0);
    const top = report.units.find((u) => u.depth === 0 && u.level !== "okänd" && u.flows > 0);
    const statusCount = (st: GoalStatus) => report.goals.filter((g) => g.status === st).length;
    const signals = withFlows.filter((u) => u.spcSignal && !onlyChild.has(u.unit)).length;
    const biggest = [...report.dependencies].sort((a, b) => b.inheritedWaitMs - a.inheritedWaitMs)[0];
    const name = (id: string) => escapeHtml(report.processNames[id] ?? id);
    const items = [
      top
        ? `<li><strong>${escapeHtml(top.name)}</strong>: ${countText(top.flows)} ärenden avslutades. Ledtid, median <strong>${reportDays(top.leadTimeMs.median)}</strong> ` +
          `(85:e percentil ${reportDays(top.leadTimeMs.p85)}; baslinjen ${reportDays(top.atBaseline.leadTimeMs.median)}); flödeseffektivitet <strong>${formatPercent(top.flowEfficiency.aggregate)}</strong>; ` +
          `kostnad för slöseri <strong>${formatSek(top.costOfWasteSek)}</strong>.</li>` +
          `<li>Slöseri som andel av arbetad tid <strong>${formatPercent(top.nvaWorkShare, 0)}</strong> (baslinjen ${formatPercent(top.atBaseline.nvaWorkShare, 0)}); ` +
          `väntan som andel av ledtid ${formatPercent(top.waitShare)} (baslinjen ${formatPercent(top.atBaseline.waitShare)}).</li>` +
          `<li>Mot baslinjen (${escapeHtml(report.baseline.label)}): ${changeText(top.leadTimeChange)}</li>`
        : `<li class="muted">Inga avslutade ärenden under månaden.</li>`,
      report.goals.length
        ? `<li>Mål: ${statusBadge("på väg")} ${statusCount("på väg")} · ${statusBadge("risk")} ${statusCount("risk")} · ${statusBadge("ej på väg")} ${statusCount("ej på väg")}` +
          `${statusCount("saknar data") ? ` · ${statusBadge("saknar data")} ${statusCount("saknar data")}` : ""} av ${report.goals.length}.</li>`
        : "",
      `<li>Seriediagram: ${signals === 0 ? "ingen enhet visar" : `${signals} ${signals === 1 ? "enhet visar" : "enheter visar"}`} en signal om förändring (Anhøjs regler).</li>`,
      biggest && biggest.inheritedWaitMs > 0
        ? `<li>Största ärvda väntan: ${name(biggest.downstreamProcess)} väntar på ${name(biggest.upstreamProcess)} — ${formatPercent(biggest.inheritedShareOfWaste)} av slöseriet nedströms är ärvt.</li>`
        : "",
    ];
    return `<ul>${items.join("")}</ul>`;
  },
};
