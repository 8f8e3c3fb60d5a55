import { formatNumber, formatPercent } from "../../format.js";
import { inheritedWaitSpec } from "../../specs/inherited-wait-spec.js";
import { countText, escapeHtml, reportDays } from "../report-html.js";
import type { ReportSection } from "../report-section.js";

/** Beroenden mellan processer: inherited vs own wait per dependency pair, as a chart with a days scale and a table. */
export const dependenciesSection: ReportSection = {
  id: "beroenden",
  title: "Beroenden mellan processer",
  async render(report, { chart }) {
    if (report.dependencies.length === 0) return `<p class="muted">Inga beroenden mellan processer i modellen.</p>`;
    const name = (id: string) => report.processNames[id] ?? id;
    const pairLabel = (p: (typeof report.dependencies)[number]) => `${name(p.upstreamProcess)} → ${name(p.downstreamProcess)}`;
    const svg = await chart(
      inheritedWaitSpec(
        report.dependencies.map((p) => ({
          pair: pairLabel(p),
          inheritedWaitMs: p.inheritedWaitMs,
          ownWaitMs: Math.max(0, p.downstreamWaitMs - p.inheritedWaitMs),
          linkedFlows: p.linkedFlows,
        })),
        { perFlow: true, width: 640 },
      ),
      { className: "deps", width: 640 },
    );
    const rows = report.dependencies
      .map(
        (p) =>
          `<tr><td>${escapeHtml(pairLabel(p))}</td><td>${escapeHtml(p.dependentStep)}</td><td class="n">${countText(p.linkedFlows)} av ${countText(p.flows)}</td>` +
          `<td class="n">${reportDays(p.linkedFlows > 0 ? p.inheritedWaitMs / p.linkedFlows : null)}</td><td class="n">${formatPercent(p.inheritedShareOfWaste)}</td>` +
          `<td class="n">${p.amplification === null ? "–" : formatNumber(p.amplification, 2)}</td></tr>`,
      )
      .join("");
    return (
      svg +
      `<table><thead><tr><th>Uppströms → nedströms</th><th>Väntar i steg</th><th>Ärenden</th><th>Ärvd väntan per ärende</th><th>Andel av slöseriet</th><th>Förstärkning</th></tr></thead><tbody>${rows}</tbody></table>` +
      `<p class="small muted">Ärvd väntan: den del av nedströmsflödets väntan som sammanfaller med att ett länkat uppströmsflöde ännu inte är klart. ` +
      `Förstärkning: ärvd väntan nedströms ÷ uppströmsflödenas egen väntan.</p>`
    );
  },
};
