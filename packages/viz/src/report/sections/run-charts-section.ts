import { reportRunChartSpec } from "../report-charts.js";
import { escapeHtml } from "../report-html.js";
import type { ReportSection } from "../report-section.js";

/** Seriediagram: one run chart of monthly median lead time per unit; a chain of only children gets one chart. */
export const runChartsSection: ReportSection = {
  id: "seriediagram",
  title: "Seriediagram",
  async render(report, { chart, onlyChild }) {
    const withFlows = report.units.filter((u) => u.flows > 0);
    const alsoFor = new Map<string, { name: string; depth: number }[]>();
    for (const [parent, child] of onlyChild) {
      let bottom = child;
      while (onlyChild.has(bottom)) bottom = onlyChild.get(bottom)!;
      const u = report.units.find((x) => x.unit === parent)!;
      alsoFor.set(bottom, [...(alsoFor.get(bottom) ?? []), { name: u.name, depth: u.depth }]);
    }
    const alsoText = (id: string) =>
      (alsoFor.get(id) ?? [])
        .sort((a, b) => b.depth - a.depth)
        .map((x) => x.name)
        .join(", ");
    const figures = await Promise.all(
      withFlows
        .filter((u) => !onlyChild.has(u.unit))
        .map(async (u) => {
          const svg = await chart(reportRunChartSpec(u.monthly, u.name), { className: "run", width: 300 });
          return (
            `<figure><figcaption>${escapeHtml(u.name)}${alsoFor.has(u.unit) ? ` <span class="muted">(= ${escapeHtml(alsoText(u.unit))})</span>` : ""} ` +
            `${u.spcSignal ? `<span class="badge risk">signal</span>` : ""}</figcaption>${svg}<div class="small muted">${escapeHtml(u.spcText)}</div></figure>`
          );
        }),
    );
    return (
      `<p class="small muted">Median ledtid per avslutsmånad i dagar; linjen = medianen av punkterna. Signal enligt Anhøjs regler (ovanligt lång serie eller för få korsningar).</p>` +
      `<div class="charts">${figures.join("")}</div>`
    );
  },
};
